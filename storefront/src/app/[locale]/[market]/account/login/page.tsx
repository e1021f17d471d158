import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/account/auth-forms";
import { ClientMessages } from "@/components/checkout/client-messages";
import { Link, redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { CartChanged } from "@/components/cart/cart-changed";
import { safeAccountPath } from "@/lib/checkout/account-paths";
import { retrieveCustomer } from "@/lib/data/customer";
import { isMarket } from "@/lib/market";
import { renderPerRequest } from "@/lib/security/per-request";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/account/login">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("loginTitle"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/[market]/account/login">) {
  await renderPerRequest();
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const next = safeAccountPath((await searchParams).next);
  if (await retrieveCustomer()) redirect({ href: next, locale });
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <section className="mx-auto max-w-md py-12 sm:py-16" data-testid="login-page">
      {/* Logging in or out changes the header's account link and cart badge. */}
      <CartChanged />
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("loginTitle")}</h1>
      <p className="mt-2 text-ink-muted">{t("loginIntro")}</p>
      <div className="mt-8">
        <ClientMessages locale={locale} namespaces={["Account", "FieldErrors", "AddressForm"]}>
          <LoginForm locale={locale} next={next} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm text-ink-muted">
        {t("noAccount")}{" "}
        <Link href="/account/register" className="text-cinnabar-700 underline underline-offset-4" data-testid="to-register">
          {t("toRegister")}
        </Link>
      </p>
    </section>
  );
}
