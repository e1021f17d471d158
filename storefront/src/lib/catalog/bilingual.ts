import type { AppLocale } from "@/i18n/locales";

/**
 * Workshops and makers keep both languages in their own columns (name_zh / name_en, story_zh /
 * story_en). This picks the page's language, falling back to the other one when it is empty, and
 * says which language the text is in (for a lang attribute).
 */
export function pickText(
  locale: AppLocale,
  zh: string | null | undefined,
  en: string | null | undefined,
): { text: string; lang: AppLocale } | null {
  const clean = (value: string | null | undefined) => (typeof value === "string" && value.trim() ? value.trim() : null);
  const wanted = locale === "zh-CN" ? clean(zh) : clean(en);
  if (wanted) return { text: wanted, lang: locale };
  const other = locale === "zh-CN" ? clean(en) : clean(zh);
  if (other) return { text: other, lang: locale === "zh-CN" ? "en" : "zh-CN" };
  return null;
}

/** The page's language of a bilingual pair, or "" when both are empty. */
export function pick(locale: AppLocale, zh: string | null | undefined, en: string | null | undefined): string {
  return pickText(locale, zh, en)?.text ?? "";
}

/**
 * "肇庆鼎湖区" / "Zhaoqing, Dinghu District": a workshop's city and district in the page's
 * language; the district alone when it already names the city (四会 / 四会市).
 */
export function placeName(
  locale: AppLocale,
  place: { city_zh?: string | null; city_en?: string | null; district_zh?: string | null; district_en?: string | null },
): string {
  const city = pick(locale, place.city_zh, place.city_en);
  const district = pick(locale, place.district_zh, place.district_en);
  if (!district) return city;
  if (!city || district.toLowerCase().includes(city.toLowerCase())) return district;
  return locale === "zh-CN" ? `${city}${district}` : `${district}, ${city}`;
}
