/**
 * Days and months written for the reader, in her language. The calendar itself (today in China,
 * months, adding days) is the workshop domain's (`@jinxiu/workshop/domain`); this only writes a
 * YYYY-MM-DD day or a YYYY-MM month as words.
 */
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

const fullDayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2023-05-20" -> "2023年5月20日" / "May 20, 2023": a day that may be in another year. */
export function formatFullDay(date: string, locale: string): string {
  let formatter = fullDayFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
    fullDayFormatters.set(locale, formatter);
  }
  const [y, m, d] = date.split("-").map(Number);
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}
