import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ForgetDeskPages } from "@/components/desk/forget-desk-pages";
import { LoginForm } from "@/components/desk/login-form";
import { SectionHeader } from "@/components/desk/section-header";
import { routing } from "@/i18n/routing";
import { loginCoordinator } from "@/lib/desk/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/login">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskLogin" });
  return { title: t("heading") };
}

/** The coordinators' login: e-mail and password. Whatever the desk kept for an offline open is forgotten here. */
export default async function DeskLoginPage({ params }: PageProps<"/[locale]/desk/login">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "DeskLogin" });
  return (
    <>
      <SectionHeader namespace="DeskShell" locale={locale} />
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="mb-2 text-2xl font-semibold">{t("heading")}</h1>
        <p className="mb-6 text-ink-muted">{t("intro")}</p>
        <LoginForm namespace="DeskLogin" locale={locale} identifier="email" action={loginCoordinator} />
        <ForgetDeskPages />
      </main>
    </>
  );
}
