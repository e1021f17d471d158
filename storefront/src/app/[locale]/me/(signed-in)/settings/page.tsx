import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { GoalForm, PasswordForm } from "@/components/me/settings-forms";
import { routing } from "@/i18n/routing";
import { toFen } from "@/lib/desk/fen";
import { requireArtisan } from "@/lib/me/data";

export async function generateMetadata({ params }: PageProps<"/[locale]/me/settings">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "MeShell" });
  return { title: t("nav.settings") };
}

/** Her goal and her password. */
export default async function MeSettingsPage({ params }: PageProps<"/[locale]/me/settings">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { artisan } = await requireArtisan(locale);
  const t = await getTranslations({ locale, namespace: "MeSettings" });
  const goal = artisan.monthly_goal === null || artisan.monthly_goal === undefined ? "" : formatGoal(toFen(artisan.monthly_goal));
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{t("heading")}</h1>
      <section className="rounded-2xl border border-gold-200 bg-white p-4">
        <GoalForm locale={locale} current={goal} />
      </section>
      <section className="rounded-2xl border border-gold-200 bg-white p-4">
        <PasswordForm />
      </section>
    </div>
  );
}

function formatGoal(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}
