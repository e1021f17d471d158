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
