import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/account/auth-forms";
import { ClientMessages } from "@/components/checkout/client-messages";
import { Link, redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { retrieveCustomer } from "@/lib/data/customer";
import { isMarket } from "@/lib/market";
import { renderPerRequest } from "@/lib/security/per-request";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/account/register">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("registerTitle"), robots: { index: false } };
}

export default async function RegisterPage({ params }: PageProps<"/[locale]/[market]/account/register">) {
  await renderPerRequest();
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  if (await retrieveCustomer()) redirect({ href: "/account", locale });
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <section className="mx-auto max-w-md py-12 sm:py-16" data-testid="register-page">
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("registerTitle")}</h1>
      <p className="mt-2 text-ink-muted">{t("registerIntro")}</p>
      <div className="mt-8">
        <ClientMessages locale={locale} namespaces={["Account", "FieldErrors", "AddressForm"]}>
          <RegisterForm locale={locale} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm text-ink-muted">
        {t("haveAccount")}{" "}
        <Link href="/account/login" className="text-cinnabar-700 underline underline-offset-4">
          {t("toLogin")}
        </Link>
      </p>
    </section>
  );
}
