import type { StoreWorkshop } from "@jinxiu/workshop/domain/http";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { pick, placeName } from "@/lib/catalog/bilingual";

/** A workshop in a list: name, place, founding year and the start of its story. */
export function WorkshopCard({ workshop, locale, headingLevel = "h3" }: { workshop: StoreWorkshop; locale: AppLocale; headingLevel?: "h2" | "h3" }) {
  const t = useTranslations("Workshops");
  const Heading = headingLevel;
  const name = pick(locale, workshop.name_zh, workshop.name_en);
  const place = placeName(locale, workshop);
  return (
    <Link
      href={`/workshops/${workshop.handle}`}
      className="group flex h-full flex-col rounded-sm border border-gold-200/70 bg-paper p-5 transition-colors hover:border-gold-400"
      data-testid="workshop-card"
      data-handle={workshop.handle}
    >
      <Heading className="text-lg leading-snug text-ink group-hover:text-cinnabar-700">{name}</Heading>
      <p className="mt-1 text-sm text-gold-700">
        {place}
        {workshop.founded_year ? ` · ${t("founded", { year: workshop.founded_year })}` : ""}
      </p>
      <p className="mt-3 line-clamp-3 text-sm text-ink-muted">{pick(locale, workshop.story_zh, workshop.story_en)}</p>
    </Link>
  );
}
