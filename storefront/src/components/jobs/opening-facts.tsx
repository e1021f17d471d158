import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { openingTexts } from "@/lib/jobs/opening-text";
import type { StoreOpening } from "@/lib/jobs/types";

/** An opening's workshop, place, hours and how many women are wanted, as a list of terms. */
export function OpeningFacts({ opening, locale, linkWorkshop = false }: { opening: StoreOpening; locale: AppLocale; linkWorkshop?: boolean }) {
  const t = useTranslations("Jobs");
  const text = openingTexts(locale, opening);
  const row = "grid grid-cols-[4.5rem_1fr] gap-2 sm:grid-cols-[6rem_1fr]";
  return (
    <dl className="space-y-1.5 text-base">
      <div className={row}>
        <dt className="text-ink-muted">{t("workshop")}</dt>
        <dd className="text-ink">
          {linkWorkshop ? (
            <Link href={`/workshops/${opening.workshop.handle}`} className="underline-offset-4 hover:text-cinnabar-700 hover:underline">
              {text.workshop}
            </Link>
          ) : (
            text.workshop
          )}
        </dd>
      </div>
      <div className={row}>
        <dt className="text-ink-muted">{t("where")}</dt>
        <dd className="text-ink">{t(`place.${opening.place}`, { place: text.place })}</dd>
      </div>
      <div className={row}>
        <dt className="text-ink-muted">{t("hours")}</dt>
        <dd className="text-ink">{text.hours}</dd>
      </div>
      <div className={row}>
        <dt className="text-ink-muted">{t("wanted")}</dt>
        <dd className="text-ink">{t("positions", { count: opening.positions })}</dd>
      </div>
    </dl>
  );
}
