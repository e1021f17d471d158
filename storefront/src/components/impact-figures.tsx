import type { ImpactFigures as Figures } from "@jinxiu/workshop/domain/http";
import { useTranslations } from "next-intl";
import { formatImpact } from "@/lib/catalog/impact-format";

type ImpactFiguresProps = {
  figures: Figures;
  locale: string;
  /** the impact page shows each figure's explanation */
  detailed?: boolean;
};

/** The programme's figures from the ledger: women, money paid, median month, share of sales. */
export function ImpactFigures({ figures, locale, detailed = false }: ImpactFiguresProps) {
  const t = useTranslations("Impact");
  const display = formatImpact(figures, locale);
  const items = [
    { key: "women", value: display.women, label: t("women"), note: t("womenNote", { workshops: display.workshops }) },
    { key: "paid", value: display.totalPaidOut, label: t("totalPaidOut"), note: t("totalPaidOutNote") },
    { key: "median", value: display.medianMonthlyEarnings, label: t("medianMonthly"), note: t("medianMonthlyNote") },
    {
      key: "share",
      value: display.shareOfSales ?? "—",
      label: t("shareOfSales"),
      note: display.shareOfSales ? t("shareOfSalesNote") : t("noSalesYet"),
    },
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-8 min-[380px]:grid-cols-2 lg:grid-cols-4" data-testid="impact-figures">
      {items.map((item) => (
        <div key={item.key} className="flex min-w-0 flex-col" data-testid={`impact-${item.key}`}>
          <dt className="mt-1 text-sm text-ink-muted">
            {item.label}
            {detailed && <span className="mt-2 block text-xs leading-relaxed">{item.note}</span>}
          </dt>
          <dd className="order-first break-words text-2xl font-semibold tracking-tight text-cinnabar-700 sm:text-3xl xl:text-4xl" data-testid="impact-value">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
