import { chinaDateOf } from "@jinxiu/workshop/domain";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { CheckIcon, ClockIcon, LockIcon } from "@/components/desk/icons";
import { formatDay } from "@/lib/desk/date-format";
import type { MonthFigures } from "@/lib/me/earnings";

/** Open / closed / paid (with the payment day), as an icon and a word. */
export async function StatusBadge({ locale, status, paidAt }: { locale: AppLocale; status: MonthFigures["status"]; paidAt: string | null }) {
  const t = await getTranslations({ locale, namespace: "MeHome" });
  if (status === "none") return <span className="text-sm text-ink-muted">—</span>;
  const style = { open: "bg-gold-100 text-gold-700", closed: "bg-ink text-white", paid: "bg-green-800 text-white" }[status];
  const Icon = { open: ClockIcon, closed: LockIcon, paid: CheckIcon }[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-medium ${style}`} data-testid="statement-status" data-status={status}>
      <Icon size={16} />
      {status === "paid" && paidAt ? t("status.paidOn", { day: formatDay(chinaDateOf(paidAt), locale, false) }) : t(`status.${status}`)}
    </span>
  );
}
