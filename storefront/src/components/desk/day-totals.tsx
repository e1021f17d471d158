import { type CoordinatorArtisan, type DaySummary } from "@jinxiu/workshop/domain/http";
import { formatMoney } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";

type DayTotalsProps = {
  locale: AppLocale;
  heading: string;
  artisans: CoordinatorArtisan[];
  /** the day as the backend adds it up (GET /coordinator/day-summary) */
  summary: DaySummary;
};

/** Per woman: pieces by grade and yuan for the day (confirmed entries; reversed ones left out). */
export async function DayTotals({ locale, heading, artisans, summary }: DayTotalsProps) {
  const t = await getTranslations({ locale, namespace: "DeskToday" });
  const totals = new Map(summary.artisans.map((row) => [row.artisan_id, row]));
  // Everyone still working here, and anyone else with work that day.
  const rows = artisans.filter((a) => a.status !== "left" || totals.has(a.id));
  const pieces = summary.artisans.reduce(
    (sum, row) => ({ a: sum.a + row.pieces_a, b: sum.b + row.pieces_b, r: sum.r + row.pieces_r }),
    { a: 0, b: 0, r: 0 }
  );
  return (
    <section aria-labelledby="day-totals-heading" className="rounded-2xl border border-gold-200 bg-white p-3 sm:p-4" data-testid="day-totals">
      <h2 id="day-totals-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      <table className="mt-2 w-full text-base">
        <caption className="sr-only">{heading}</caption>
        <thead>
          <tr className="border-b border-gold-200 text-left text-sm text-ink-muted">
            <th scope="col" className="py-2 pr-2 font-medium">{t("artisan")}</th>
            <th scope="col" className="py-2 pr-2 text-right font-medium">{t("piecesColumn")}</th>
            <th scope="col" className="py-2 text-right font-medium">{t("amountColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((artisan) => {
            const total = totals.get(artisan.id);
            return (
              <tr key={artisan.id} className="border-b border-gold-100" data-testid="day-total-row" data-artisan-id={artisan.id}>
                <th scope="row" className="py-2.5 pr-2 text-left font-medium">{artisan.display_name}</th>
                <td className="py-2.5 pr-2 text-right tabular-nums" data-testid="day-total-pieces">
                  {total ? t("pieces", { a: total.pieces_a, b: total.pieces_b, r: total.pieces_r }) : "—"}
                </td>
                <td className="py-2.5 text-right font-semibold tabular-nums" data-testid="day-total-amount">
                  {total ? formatMoney(total.amount, locale) : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="text-lg">
            <th scope="row" className="pt-3 pr-2 text-left">{t("total")}</th>
            <td className="pt-3 pr-2 text-right tabular-nums">{t("pieces", pieces)}</td>
            <td className="pt-3 text-right font-bold tabular-nums text-cinnabar-700" data-testid="day-grand-total">
              {formatMoney(summary.total, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
