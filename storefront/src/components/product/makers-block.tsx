import type { ProductMakers } from "@jinxiu/workshop/domain/http";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { pick } from "@/lib/catalog/bilingual";
import { MakerAvatar } from "@/components/maker-avatar";
import { SelectedShareAmount } from "./share-amount";

/**
 * Who made this piece: each maker's display name, her photo and a link to her story only when
 * she consented to a public profile, her workshop, and her part of the price; above them, how
 * much of the chosen version's price goes to the women who made it.
 */
export function MakersBlock({ makers, locale }: { makers: ProductMakers; locale: AppLocale }) {
  const t = useTranslations("MakersBlock");
  const percent = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

  return (
    <section aria-labelledby="makers-heading" id="makers" className="mt-16 rounded-sm bg-gold-100/60 p-6 sm:p-10" data-testid="makers-block">
      <h2 id="makers-heading" className="text-xl font-semibold tracking-wide text-ink">
        {t("heading")}
      </h2>
      {makers.makers.length === 0 ? (
        <p className="mt-4 text-ink-muted">{t("none")}</p>
      ) : (
        <>
          <div className="mt-4">
            <SelectedShareAmount sharePercent={makers.share_percent} />
            <p className="mt-1 text-sm text-ink-muted">{t("howItWorks")}</p>
          </div>
          <ul className="mt-8 grid gap-6 sm:grid-cols-2">
            {makers.makers.map((maker) => {
              const workshopName = pick(locale, maker.workshop.name_zh, maker.workshop.name_en);
              return (
                <li key={maker.artisan_id} className="flex gap-4" data-testid="maker">
                  <MakerAvatar name={maker.display_name} photoUrl={maker.public_profile ? maker.photo_url : null} size={64} />
                  <div className="min-w-0">
                    <p className="text-lg text-ink" data-testid="maker-name">
                      {maker.display_name}
                    </p>
                    <p className="text-sm text-ink-muted">
                      <Link href={`/workshops/${maker.workshop.handle}`} className="text-cinnabar-700 underline-offset-4 hover:underline">
                        {workshopName}
                      </Link>
                    </p>
                    <p className="mt-1 text-sm text-ink">{t("herPart", { percent: percent(maker.share_percent_of_sale) })}</p>
                    {maker.public_profile && (
                      <Link
                        href={`/makers/${maker.artisan_id}`}
                        className="mt-1 inline-flex min-h-11 items-center text-sm text-cinnabar-700 underline underline-offset-4"
                        data-testid="maker-story-link"
                      >
                        {t("story", { name: maker.display_name })}
                      </Link>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
