import { formatMoney, isAmount, type ImpactFigures, type Money } from "@jinxiu/workshop/domain";

/**
 * The impact figures (GET /store/impact) formatted for a page: counts and the share with Intl,
 * money in whole yuan by the workshop domain's formatMoney.
 */
export type ImpactInput = Pick<
  ImpactFigures,
  "active_artisans" | "workshops" | "total_paid_out" | "median_monthly_earnings" | "share_of_sales_to_makers"
> & { currency_code: string };

export type ImpactDisplay = {
  women: string;
  workshops: string;
  totalPaidOut: string;
  medianMonthlyEarnings: string;
  /** null before the first online sale */
  shareOfSales: string | null;
};

/** An amount from the backend ("534172.98") in whole yuan, or a dash when there is none or it can't be read. */
function wholeMoney(value: Money | null, locale: string, currency: string): string {
  return value !== null && isAmount(value) ? formatMoney(value, locale, { currency, wholeUnits: true }) : "—";
}

export function formatImpact(figures: ImpactInput, locale: string): ImpactDisplay {
  const currency = figures.currency_code.toUpperCase();
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return {
    women: whole.format(figures.active_artisans),
    workshops: whole.format(figures.workshops),
    totalPaidOut: wholeMoney(figures.total_paid_out, locale, currency),
    medianMonthlyEarnings: wholeMoney(figures.median_monthly_earnings, locale, currency),
    shareOfSales: figures.share_of_sales_to_makers === null ? null : percent.format(figures.share_of_sales_to_makers),
  };
}
