import type { EarningLine } from "@jinxiu/workshop/domain/http";
import { formatMoney } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import type { LateCorrection } from "./corrections";
import { formatDay, formatMonth } from "./date-format";

const KINDS = ["piecework", "sale_share", "bonus", "deduction", "reversal"] as const;
const kindOf = (kind: string) => KINDS.find((k) => k === kind) ?? "other";

/**
 * Corrections in words, the same on the desk and on her income page: where a late correction
 * lands ("9月已发放，这 ¥48 将从12月扣回。"), and what a correction line takes back
 * ("更正 9月18日 折扇 ×1，¥48.00").
 */
export async function correctionWords(locale: AppLocale) {
  const t = await getTranslations({ locale, namespace: "Corrections" });
  return correctionWordsOf((key, values) => t(key as never, values as never), locale);
}

export type CorrectionWords = ReturnType<typeof correctionWordsOf>;

/** The same, with the Corrections messages' translator handed in (a pure function, for tests and documents). */
export function correctionWordsOf(t: (key: string, values?: Record<string, string | number>) => string, locale: string) {
  // "9月" beside "12月" in Chinese; the year too when the two months are in different years
  const month = (m: string, beside?: string) =>
    locale === "en" || (beside && beside.slice(0, 4) !== m.slice(0, 4)) ? formatMonth(m, locale) : formatMonth(m, locale, "short");
  return {
    late: (late: LateCorrection) =>
      t(`late.${late.original_status}`, {
        month: month(late.original_period, late.period),
        amount: formatMoney(late.amount, locale, { trimWhole: true }),
        landing: month(late.period, late.original_period),
      }),
    lateAdjustment: (late: Pick<LateCorrection, "original_period" | "original_status" | "period">) =>
      t(`lateAdjustment.${late.original_status}`, { month: month(late.original_period, late.period), landing: month(late.period, late.original_period) }),
    confirmLate: (late: LateCorrection) => t("confirmLate", { landing: month(late.period, late.original_period) }),
    correctedLater: (landing: string, own: string, reason: string) => t("correctedLater", { landing: month(landing, own), reason }),
    /** what a correction line takes back; null for a line that corrects nothing */
    corrects: (line: Pick<EarningLine, "corrects">): string | null => {
      const c = line.corrects;
      if (!c) return null;
      if (c.work_entry) {
        return t("work", {
          date: formatDay(c.work_entry.work_date, locale, false),
          piece: locale === "en" ? c.work_entry.piece_type.name_en : c.work_entry.piece_type.name_zh,
          quantity: c.work_entry.quantity,
          amount: formatMoney(c.amount, locale),
        });
      }
      return t("other", { month: month(c.period), kind: t(`kinds.${kindOf(c.kind)}`), amount: formatMoney(c.amount, locale) });
    },
    reason: (reason: string) => t("reason", { reason }),
    /** on a line corrected since: where (this month's list, or the month it was taken back in); null while it stands */
    correctedMark: (line: Pick<EarningLine, "corrected_in">, period: string): string | null =>
      !line.corrected_in ? null : line.corrected_in === period ? t("correctedHere") : t("correctedIn", { landing: month(line.corrected_in, period) }),
  };
}
