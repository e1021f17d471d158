import { type ImpactFigures } from "@jinxiu/workshop/domain/http";
import { formatMoney, isAmount, type Money } from "@jinxiu/workshop/domain/money";

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

/** The programme's own figures (openings, hires, training, skills, awards) and the income band. */
export type ProgrammeInput = Pick<ImpactFigures, "programme" | "income_band" | "median_monthly_earnings"> & { currency_code: string };

export type ProgrammeDisplay = {
  openings: string;
  openOpenings: string;
  hired: string;
  sessions: string;
  traineeSessions: string;
  skills: string;
  awards: string;
  /** "¥1,800" and "¥4,000": the band's ends in whole yuan */
  bandLow: string;
  bandHigh: string;
  /** the median month: below, within or above the band; null before any earnings this year */
  medianAgainstBand: "below" | "within" | "above" | null;
  /** share of this year's earning months inside the band, or null before any */
  monthsInBand: string | null;
};

export function formatProgramme(figures: ProgrammeInput, locale: string): ProgrammeDisplay {
  const currency = figures.currency_code.toUpperCase();
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const p = figures.programme;
  const band = figures.income_band;
  return {
    openings: whole.format(p.openings),
    openOpenings: whole.format(p.open_openings),
    hired: whole.format(p.women_hired_through_openings),
    sessions: whole.format(p.training_sessions_held),
    traineeSessions: whole.format(p.trainee_sessions),
    skills: whole.format(p.skills_granted),
    awards: whole.format(p.awards),
    bandLow: wholeMoney(band.low, locale, currency),
    bandHigh: wholeMoney(band.high, locale, currency),
    medianAgainstBand: figures.median_monthly_earnings === null ? null : band.median_against_band,
    monthsInBand: band.share_of_months_in_band === null ? null : percent.format(band.share_of_months_in_band),
  };
}
