import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { CheckIcon, ClockIcon, LockIcon } from "@/components/desk/icons";
import { formatDay } from "@/lib/desk/date-format";
import type { MonthFigures } from "@/lib/me/earnings";
import type { MonthPay } from "@/lib/me/pay-state";

/**
 * A month's state as an icon and a word: open; once closed, how far it is paid (unpaid, partly
 * paid, paid with the day of the last payout), read from its payouts.
 */
export async function StatusBadge({ locale, status, pay }: { locale: AppLocale; status: MonthFigures["status"]; pay: MonthPay | null | undefined }) {
  const t = await getTranslations({ locale, namespace: "MeHome" });
  const tp = await getTranslations({ locale, namespace: "PayState" });
  if (status === "none") return <span className="text-sm text-ink-muted">—</span>;
  // closed and nothing paid yet reads "closed" (the month's note says the money is on its way)
  const shown = status === "open" ? "open" : pay && pay.state !== "unpaid" ? pay.state : "closed";
  const style = { open: "bg-gold-100 text-gold-700", closed: "bg-ink text-white", partly_paid: "bg-gold-700 text-white", paid: "bg-green-800 text-white" }[shown];
  const Icon = { open: ClockIcon, closed: LockIcon, partly_paid: ClockIcon, paid: CheckIcon }[shown];
  const label =
    shown === "open" || shown === "closed"
      ? t(`status.${shown}`)
      : shown === "paid" && pay?.last_paid_on
        ? tp("badge.paidOn", { day: formatDay(pay.last_paid_on, locale, false) })
        : tp(`badge.${shown}`);
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-medium ${style}`} data-testid="statement-status" data-status={shown} data-pay={status === "open" ? undefined : pay?.state}>
      <Icon size={16} />
      {label}
    </span>
  );
}
