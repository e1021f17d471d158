import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/desk/login-form";
import { SectionHeader } from "@/components/desk/section-header";
import { routing } from "@/i18n/routing";
import { loginArtisan } from "@/lib/me/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/me/login">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "MeLogin" });
  return { title: t("heading") };
}

/** The artisans' login: her mobile number and password. */
export default async function MeLoginPage({ params }: PageProps<"/[locale]/me/login">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "MeLogin" });
  return (
    <>
      <SectionHeader namespace="MeShell" locale={locale} />
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="mb-2 text-2xl font-semibold">{t("heading")}</h1>
        <p className="mb-6 text-ink-muted">{t("intro")}</p>
        <LoginForm namespace="MeLogin" locale={locale} identifier="phone" action={loginArtisan} />
      </main>
    </>
  );
}
