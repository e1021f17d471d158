import type { PayRange } from "@jinxiu/workshop/domain/programme";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/locales";
import { payDisplay } from "@/lib/jobs/pay-display";

/**
 * An opening's monthly pay as the backend read it from the ledger: the median month and the
 * middle half; or, when it hides the pay (fewer than five women do the work), a sentence saying why.
 */
export function PayRangeBlock({ pay, locale }: { pay: PayRange | null; locale: AppLocale }) {
  const t = useTranslations("Jobs");
  const shown = payDisplay(pay, locale);
  return (
    <div data-testid="opening-pay" data-pay={shown.kind}>
      <p className="text-sm text-gold-700">{t("payHeading")}</p>
      {shown.kind === "range" ? (
        <>
          <p className="mt-1 text-xl font-semibold text-ink">{t("payMedian", { median: shown.median })}</p>
          <p className="text-ink">{t("payMiddleHalf", { low: shown.low, high: shown.high })}</p>
          <p className="mt-1 text-xs text-ink-muted">{t("paySource", { women: shown.women })}</p>
        </>
      ) : (
        <p className="mt-1 text-ink-muted">{t("payHidden")}</p>
      )}
    </div>
  );
}
