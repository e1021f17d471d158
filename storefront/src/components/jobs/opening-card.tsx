import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { openingTexts } from "@/lib/jobs/opening-text";
import type { StoreOpening } from "@/lib/jobs/types";
import { FeatureList } from "./feature-icons";
import { OpeningFacts } from "./opening-facts";
import { PayRangeBlock } from "./pay-range";

/** One opening in the list: what, where, when, how many, the workshop's features and the pay. */
export function OpeningCard({ opening, locale, headingLevel = "h2" }: { opening: StoreOpening; locale: AppLocale; headingLevel?: "h2" | "h3" }) {
  const t = useTranslations("Jobs");
  const Heading = headingLevel;
  const { title } = openingTexts(locale, opening);
  return (
    <article className="flex h-full flex-col gap-4 rounded-sm border border-gold-200 p-5" data-testid="opening-card" data-opening-id={opening.id}>
      <Heading className="text-xl font-semibold text-ink">
        <Link href={`/jobs/${opening.id}`} className="hover:text-cinnabar-700 hover:underline underline-offset-4">
          {title}
        </Link>
      </Heading>
      <OpeningFacts opening={opening} locale={locale} />
      <FeatureList features={opening.features} />
      <PayRangeBlock pay={opening.pay} locale={locale} />
      <p className="mt-auto pt-2">
        <Link
          href={`/jobs/${opening.id}`}
          aria-label={t("viewOpeningOf", { title })}
          className="inline-flex min-h-12 items-center justify-center rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800"
        >
          {t("viewOpening")}
        </Link>
      </p>
    </article>
  );
}
