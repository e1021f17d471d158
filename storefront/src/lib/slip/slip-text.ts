import { inLanguage } from "@jinxiu/workshop/domain/bilingual";
import { type EarningLine, type PayoutSummary } from "@jinxiu/workshop/domain/http";
import { compareMoney, formatMoney } from "@jinxiu/workshop/domain/money";
import { type SlipLine, type SlipPieceworkLine, type SlipSaleLine } from "@jinxiu/workshop/domain/pay-slip";

/**
 * The words of a pay slip and of her pay state, from the PaySlip messages: a payout as one
 * sentence ("已付 ¥1,234.50 · 微信 · 2026-11-05"), a failed one with why it came back, a slip line's
 * title and detail. Pure: the page hands in its translator (namespace PaySlip).
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "已付 ¥1,234.50 · 微信 · 2026-11-05"; a payout that came back: "退回 ¥40.00 · 微信 · 2026-06-10". */
export function payoutSentence(t: Translate, payout: Pick<PayoutSummary, "amount" | "method" | "paid_on" | "status">, locale: string): string {
  const values = { amount: formatMoney(payout.amount, locale), method: t(`methods.${payout.method}`), date: payout.paid_on };
  return t(payout.status === "failed" ? "payoutFailed" : "payoutSent", values);
}

/** Why a payout came back and that she will be paid again; null for one that counts. */
export function failureNote(t: Translate, payout: Pick<PayoutSummary, "status" | "failure">): string | null {
  if (payout.status !== "failed" || !payout.failure) return null;
  const { reason, failed_on } = payout.failure;
  return reason ? t("failedNote", { date: failed_on, reason }) : t("failedNoteNoReason", { date: failed_on });
}

/**
 * A slip line's title and detail: piece type with grade, quantity and rate; a sale with its count
 * and order; a reason; a correction also names what it takes back (`describeCorrection`).
 */
export function slipLineText(
  t: Translate,
  line: SlipLine,
  locale: string,
  describeCorrection?: (line: Pick<EarningLine, "corrects">) => string | null
): { title: string; detail: string } {
  if (line.kind === "piecework" && "piece_type" in line) {
    const piece = line as SlipPieceworkLine;
    return {
      title: locale === "en" ? piece.piece_type.name_en : piece.piece_type.name_zh,
      detail: t("pieceDetail", { grade: t(`grades.${piece.grade}`), quantity: piece.quantity, rate: formatMoney(piece.rate, locale) }),
    };
  }
  if (line.kind === "sale_share" && "product_title" in line) {
    const sale = line as SlipSaleLine;
    const parts = [sale.quantity ? t("saleDetail", { count: sale.quantity }) : null, sale.order_display_id ? t("saleOrder", { order: sale.order_display_id }) : null, sale.date];
    return { title: sale.product_title ?? t("saleUnknown"), detail: parts.filter(Boolean).join(" · ") };
  }
  const kind = ["bonus", "deduction", "reversal"].includes(line.kind) ? line.kind : "other";
  const reason = "reason" in line ? line.reason : null;
  const date = "date" in line ? line.date : "";
  const corrects = "corrects" in line && line.corrects && describeCorrection ? describeCorrection({ corrects: line.corrects }) : null;
  return { title: reason ? inLanguage(reason, locale) : t(`kinds.${kind}`), detail: corrects ? `${corrects} · ${date}` : date };
}

/** The heading of a slip section: its kind's word ("other" for a kind the slip has no word for). */
export function sectionTitle(t: Translate, kind: string): string {
  return t(`kinds.${["piecework", "sale_share", "bonus", "deduction", "reversal"].includes(kind) ? kind : "other"}`);
}

/** Whether an amount is below zero (shown in red on screen, with its minus sign on paper). */
export function isNegative(amount: string): boolean {
  return compareMoney(amount, 0) < 0;
}
