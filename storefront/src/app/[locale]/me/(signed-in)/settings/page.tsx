import { type MoneyValue } from "@jinxiu/workshop/domain/http";
import { roundMoney } from "@jinxiu/workshop/domain/money";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { GoalForm, PasswordForm } from "@/components/me/settings-forms";
import { routing } from "@/i18n/routing";
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
  const goal = artisan.monthly_goal === null || artisan.monthly_goal === undefined ? "" : goalText(artisan.monthly_goal);
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

/** Her goal as the form shows it: "3500", "3500.50". */
function goalText(goal: MoneyValue): string {
  const amount = roundMoney(goal);
  return amount.endsWith(".00") ? amount.slice(0, -3) : amount;
}
