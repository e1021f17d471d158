import type { AwardLevel } from "@jinxiu/workshop/domain/programme";
import type { AppLocale } from "@/i18n/locales";
import { pick } from "../catalog/bilingual";
import type { StoreAward } from "./types";

/**
 * How a badge looks: each level has its colour AND its word (金奖 / Gold …) and a mark (a filled,
 * half-filled, outlined medal, a ribbon), so the level never rests on colour alone.
 */
export const AWARD_LEVEL_STYLE: Record<AwardLevel, { className: string; mark: "gold" | "silver" | "bronze" | "finalist" }> = {
  gold: { className: "border-amber-500 bg-amber-50 text-amber-900", mark: "gold" },
  silver: { className: "border-slate-400 bg-slate-50 text-slate-800", mark: "silver" },
  bronze: { className: "border-orange-700/60 bg-orange-50 text-orange-900", mark: "bronze" },
  finalist: { className: "border-gold-400 bg-paper text-gold-700", mark: "finalist" },
};

/** A badge's texts in the page's language (the other language when one is empty). */
export function awardTexts(award: StoreAward, locale: AppLocale): { contest: string; category: string | null } {
  const category = pick(locale, award.category_zh, award.category_en);
  return { contest: pick(locale, award.contest_zh, award.contest_en), category: category || null };
}

/** The badges the backend answered, keeping only those the shop can show (a known level, a year, a contest). */
export function showableAwards(awards: unknown): StoreAward[] {
  if (!Array.isArray(awards)) return [];
  return awards.filter(
    (award): award is StoreAward =>
      !!award &&
      typeof award === "object" &&
      typeof award.id === "string" &&
      award.level in AWARD_LEVEL_STYLE &&
      Number.isSafeInteger(award.year) &&
      (typeof award.contest_zh === "string" || typeof award.contest_en === "string"),
  );
}
