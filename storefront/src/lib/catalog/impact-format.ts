/** The impact figures (GET /store/impact) formatted for a page, with Intl. */

export type ImpactInput = {
  currency_code: string;
  active_artisans: number;
  workshops: number;
  total_paid_out: string;
  median_monthly_earnings: string | null;
  share_of_sales_to_makers: number | null;
};

export type ImpactDisplay = {
  women: string;
  workshops: string;
  totalPaidOut: string;
  medianMonthlyEarnings: string;
  /** null before the first online sale */
  shareOfSales: string | null;
};

/** A decimal string from the backend ("534172.98") as a number for display, or null. */
function decimal(value: string | null): number | null {
  if (value === null || !/^-?\d+(\.\d+)?$/.test(value.trim())) return null;
  return Number(value);
}

export function formatImpact(figures: ImpactInput, locale: string): ImpactDisplay {
  const currency = figures.currency_code.toUpperCase();
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const paid = decimal(figures.total_paid_out);
  const median = decimal(figures.median_monthly_earnings);
  return {
    women: whole.format(figures.active_artisans),
    workshops: whole.format(figures.workshops),
    totalPaidOut: paid === null ? "—" : money.format(paid),
    medianMonthlyEarnings: median === null ? "—" : money.format(median),
    shareOfSales: figures.share_of_sales_to_makers === null ? null : percent.format(figures.share_of_sales_to_makers),
  };
}
