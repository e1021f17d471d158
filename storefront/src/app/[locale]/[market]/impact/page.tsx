import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImpactFigures } from "@/components/impact-figures";
import { ProgrammeFigures } from "@/components/programme-figures";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { getImpact } from "@/lib/data/impact";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/impact">): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "ImpactPage" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/impact", title: t("title"), description: t("intro"), siteName: meta("title") });
}

/** The programme's figures, from the earnings ledger (no personal data), refreshed every minute. */
export default async function ImpactPage({ params }: PageProps<"/[locale]/[market]/impact">) {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "ImpactPage" });
  const impact = await getImpact();

  return (
    <div className="py-10 sm:py-14">
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-ink-muted">{t("intro")}</p>
      <section aria-labelledby="figures-heading" className="mt-10 rounded-sm bg-gold-100/60 px-5 py-8 sm:px-10">
        <h2 id="figures-heading" className="sr-only">
          {t("figuresHeading")}
        </h2>
        <ImpactFigures figures={impact} locale={locale} detailed />
      </section>
      <section aria-labelledby="programme-heading" className="mt-12">
        <h2 id="programme-heading" className="text-lg font-medium tracking-widest text-gold-700">
          {t("programmeHeading")}
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-ink-muted">{t("programmeIntro")}</p>
        <div className="mt-6">
          <ProgrammeFigures figures={impact} locale={locale} />
        </div>
      </section>
      <section aria-labelledby="how-heading" className="mt-14 max-w-3xl space-y-4 text-ink">
        <h2 id="how-heading" className="text-lg font-medium tracking-widest text-gold-700">
          {t("howHeading")}
        </h2>
        <p>{t("howOne")}</p>
        <p>{t("howTwo")}</p>
        <p>{t("howThree")}</p>
        <p>
          <Link href="/workshops" className="text-cinnabar-700 underline underline-offset-4">
            {t("meetWorkshops")}
          </Link>
        </p>
      </section>
    </div>
  );
}
