/**
 * Calendar dates as the workshops live them: days in China (Asia/Shanghai) written YYYY-MM-DD and
 * months YYYY-MM, the same way the backend keeps them. Text dates compare correctly as strings.
 */
export const WORKSHOP_TIME_ZONE = "Asia/Shanghai";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value);
}

/** Today's date in China. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: WORKSHOP_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function addDays(date: string, count: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + count)).toISOString().slice(0, 10);
}

/** The months from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** Days left in `month` after `today` (0 on its last day; negative once it has ended). */
export function daysLeftInMonth(month: string, today: string): number {
  const end = Date.parse(`${lastDayOfMonth(month)}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  return Math.round((end - now) / 86_400_000);
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-10" -> "2026年10月" / "October 2026" (or short: "10月" / "Oct"). */
export function formatMonth(month: string, locale: string, style: "long" | "short" = "long"): string {
  const key = `${locale}|${style}`;
  let formatter = monthFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      locale,
      style === "long" ? { year: "numeric", month: "long", timeZone: "UTC" } : { month: "short", timeZone: "UTC" }
    );
    monthFormatters.set(key, formatter);
  }
  const [y, m] = month.split("-").map(Number);
  return formatter.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "2026-11-30" -> "11月30日 周一" / "Mon, Nov 30". */
export function formatDay(date: string, locale: string, withWeekday = true): string {
  const key = `${locale}|${withWeekday ? 1 : 0}`;
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      month: "short",
      day: "numeric",
      ...(withWeekday ? { weekday: "short" } : {}),
      timeZone: "UTC",
    });
    dayFormatters.set(key, formatter);
  }
  const [y, m, d] = date.split("-").map(Number);
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant (ISO string) as a date in China: "2026-10-05T02:00:00Z" -> "2026-10-05". */
export function chinaDateOf(instant: string): string {
  return todayInChina(new Date(instant));
}
