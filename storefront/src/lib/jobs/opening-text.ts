import type { AppLocale } from "@/i18n/locales";
import { pick } from "../catalog/bilingual";
import type { StoreOpening } from "./types";

/**
 * An opening's place in the page's language: its district and, when given, its town or village
 * ("端州区睦岗镇" / "Mugang, Duanzhou"); the message around it says whether the work is done at
 * the workshop, in the village or at home.
 */
export function openingPlaceName(locale: AppLocale, opening: Pick<StoreOpening, "district_zh" | "district_en" | "town_zh" | "town_en">): string {
  const district = pick(locale, opening.district_zh, opening.district_en);
  const town = pick(locale, opening.town_zh, opening.town_en);
  if (!town) return district;
  if (!district || town.includes(district)) return town;
  return locale === "zh-CN" ? `${district}${town}` : `${town}, ${district}`;
}

/** The opening's title, hours and workshop name in the page's language. */
export function openingTexts(locale: AppLocale, opening: StoreOpening) {
  return {
    title: pick(locale, opening.title_zh, opening.title_en),
    hours: pick(locale, opening.hours_zh, opening.hours_en),
    workshop: pick(locale, opening.workshop.name_zh, opening.workshop.name_en),
    place: openingPlaceName(locale, opening),
  };
}
