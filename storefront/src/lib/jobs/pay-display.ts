import { formatMoney, isAmount } from "@jinxiu/workshop/domain/money";
import { type PayRange } from "@jinxiu/workshop/domain/programme";

/**
 * What an opening's card says about pay. The backend reads the pay from the ledger of the women
 * doing the work and hides it (null) when fewer than five women do it, so nobody's income can be
 * inferred; the shop shows exactly the amounts it is given (CNY a month), never a figure of its own.
 */
export type PayDisplay =
  | { kind: "range"; median: string; low: string; high: string; women: number }
  | { kind: "hidden" };

/** The pay as shown in `locale`: the median month and the middle half, or hidden. */
export function payDisplay(pay: PayRange | null | undefined, locale: string): PayDisplay {
  if (!pay) return { kind: "hidden" };
  const amounts = [pay.median, pay.low, pay.high].map((value) => String(value));
  if (!amounts.every((value) => isAmount(value)) || !Number.isSafeInteger(pay.women)) return { kind: "hidden" };
  const money = (value: string) => formatMoney(value, locale, { currency: "CNY", trimWhole: true });
  return { kind: "range", median: money(amounts[0]), low: money(amounts[1]), high: money(amounts[2]), women: pay.women };
}
