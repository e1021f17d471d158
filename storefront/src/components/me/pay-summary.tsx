import { type ArtisanPayouts } from "@jinxiu/workshop/domain/http";
import { compareMoney, formatMoney } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { CheckIcon, WalletIcon } from "@/components/desk/icons";
import { PayoutLines } from "./pay-lines";

/** How many payouts her home page shows (the rest are on each month's page and slip). */
const RECENT_PAYOUTS = 3;

/**
 * Her pay across months on her home page: what is still owed to her (or that every closed month
 * is paid), her advances not yet taken back, and her latest payouts (one that came back marked).
 */
export async function PaySummary({ locale, payouts }: { locale: AppLocale; payouts: ArtisanPayouts }) {
  const t = await getTranslations({ locale, namespace: "PayState" });
  const owed = payouts.owed ?? "0.00";
  const advance = payouts.advance_outstanding ?? null;
  if (!payouts.payouts.length && compareMoney(owed, 0) <= 0 && !(advance && compareMoney(advance, 0) > 0)) return null;
  return (
    <section aria-labelledby="pay-heading" className="rounded-2xl border border-gold-200 bg-white p-3" data-testid="pay-summary">
      <h2 id="pay-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 flex items-center gap-2 text-xl font-bold tabular-nums" data-testid="owed-all">
        {compareMoney(owed, 0) > 0 ? <WalletIcon size={24} className="shrink-0 text-gold-700" /> : <CheckIcon size={24} className="shrink-0 text-green-800" />}
        {compareMoney(owed, 0) > 0 ? t("owedAll", { amount: formatMoney(owed, locale) }) : t("allPaid")}
      </p>
      {advance && compareMoney(advance, 0) > 0 ? (
        <p className="mt-1 flex items-center gap-2 text-base tabular-nums" data-testid="advance-outstanding">
          <WalletIcon size={20} className="shrink-0 text-ink-muted" />
          {t("advanceOutstanding", { amount: formatMoney(advance, locale) })}
        </p>
      ) : null}
      {payouts.payouts.length ? (
        <>
          <h3 className="mt-3 text-base font-semibold text-ink-muted">{t("recentHeading")}</h3>
          <div className="mt-1">
            <PayoutLines locale={locale} payouts={payouts.payouts.slice(0, RECENT_PAYOUTS)} />
          </div>
        </>
      ) : null}
    </section>
  );
}
