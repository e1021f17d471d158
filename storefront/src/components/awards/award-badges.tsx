import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/locales";
import { AWARD_LEVEL_STYLE, awardTexts } from "@/lib/jobs/awards";
import type { StoreAward } from "@/lib/jobs/types";

/** The level's mark beside its word: a filled medal (gold), a half-filled one (silver), an outlined one (bronze), a ribbon (finalist). */
function LevelMark({ mark }: { mark: "gold" | "silver" | "bronze" | "finalist" }) {
  return (
    <svg width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true" focusable="false">
      {mark === "finalist" ? (
        <path d="M12 3a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM9 12l-2 9 5-3 5 3-2-9" strokeLinejoin="round" />
      ) : (
        <>
          <path d="M8 3l4 6 4-6" strokeLinejoin="round" />
          <circle cx="12" cy="15" r="6" fill={mark === "gold" ? "currentColor" : "none"} />
          {mark === "silver" && <path d="M12 9a6 6 0 0 1 0 12z" fill="currentColor" stroke="none" />}
        </>
      )}
    </svg>
  );
}

/**
 * Contest badges (金奖 / Gold …) of a product, a workshop or a maker: the level by its colour, its
 * mark and its word, never by colour alone; the contest, the year and the category in words.
 */
export function AwardBadges({ awards, locale, className = "" }: { awards: StoreAward[]; locale: AppLocale; className?: string }) {
  const t = useTranslations("Awards");
  if (!awards.length) return null;
  return (
    <ul aria-label={t("listLabel")} className={`flex flex-wrap gap-2 ${className}`} data-testid="award-badges">
      {awards.map((award) => {
        const style = AWARD_LEVEL_STYLE[award.level];
        const { contest, category } = awardTexts(award, locale);
        return (
          <li
            key={award.id}
            className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${style.className}`}
            data-testid="award-badge"
            data-level={award.level}
          >
            <LevelMark mark={style.mark} />
            <span>
              <strong className="font-semibold">{t(`level.${award.level}`)}</strong>
              <span className="mx-1" aria-hidden="true">
                ·
              </span>
              <span>{t("badge", { year: String(award.year), contest })}</span>
              {category && <span className="ml-1">{t("category", { category })}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
