import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkshopCard } from "@/components/workshop-card";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { listWorkshops } from "@/lib/data/workshops";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/workshops">): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "Workshops" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/workshops", title: t("title"), description: t("intro"), siteName: meta("title") });
}

export default async function WorkshopsPage({ params }: PageProps<"/[locale]/[market]/workshops">) {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "Workshops" });
  const workshops = await listWorkshops();

  return (
    <div className="py-10 sm:py-14">
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-ink-muted">{t("intro")}</p>
      <ul className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {workshops.map((workshop) => (
          <li key={workshop.id}>
            <WorkshopCard workshop={workshop} locale={locale} headingLevel="h2" />
          </li>
        ))}
      </ul>
    </div>
  );
}
