import { compareMoney, formatMoney, type Money } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import type { MonthPay } from "@/lib/me/pay-state";
import { WalletIcon } from "@/components/desk/icons";
import { PayoutLines } from "./pay-lines";

/**
 * A closed month's pay on her month page: each payout (one that came back marked), what is still
 * owed, her advances not yet taken back, and the link to the month's pay slip.
 */
export async function MonthPayBlock({ locale, period, pay, advanceOutstanding }: { locale: AppLocale; period: string; pay: MonthPay; advanceOutstanding: Money | null }) {
  const t = await getTranslations({ locale, namespace: "PayState" });
  const ts = await getTranslations({ locale, namespace: "PaySlip" });
  return (
    <div className="mt-3 space-y-2 border-t border-gold-200 pt-3" data-testid="month-pay" data-state={pay.state}>
      {pay.payouts.length ? <PayoutLines locale={locale} payouts={pay.payouts} /> : null}
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-base">
        <span className="font-semibold" data-testid="month-pay-state">{ts(`state.${pay.state}`)}</span>
        {compareMoney(pay.owed, 0) > 0 ? (
          <span className="inline-flex items-center gap-1.5 tabular-nums" data-testid="month-owed">
            <WalletIcon size={20} className="shrink-0 text-gold-700" />
            {t("monthOwed", { amount: formatMoney(pay.owed, locale) })}
          </span>
        ) : null}
      </p>
      {advanceOutstanding && compareMoney(advanceOutstanding, 0) > 0 ? (
        <p className="flex items-center gap-1.5 text-base tabular-nums" data-testid="advance-outstanding">
          <WalletIcon size={20} className="shrink-0 text-ink-muted" />
          {t("advanceOutstanding", { amount: formatMoney(advanceOutstanding, locale) })}
        </p>
      ) : null}
      <Link href={`/me/month/${period}/slip`} prefetch={false} className="inline-flex min-h-11 items-center rounded-full border border-cinnabar-700 px-4 text-base text-cinnabar-700" data-testid="slip-link">
        {ts("link")}
      </Link>
    </div>
  );
}
