import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { formatYuan } from "@/lib/desk/fen";
import { grandTotal, totalsByArtisan } from "@/lib/desk/totals";
import type { DeskArtisan, WorkEntry } from "@/lib/desk/types";

type DayTotalsProps = {
  locale: AppLocale;
  heading: string;
  artisans: DeskArtisan[];
  entries: WorkEntry[];
};

/** Per woman: pieces by grade and yuan for the day (confirmed entries; reversed ones left out). */
export async function DayTotals({ locale, heading, artisans, entries }: DayTotalsProps) {
  const t = await getTranslations({ locale, namespace: "DeskToday" });
  const totals = new Map(totalsByArtisan(entries).map((row) => [row.artisan_id, row]));
  // Everyone still working here, and anyone else with work that day.
  const rows = artisans.filter((a) => a.status !== "left" || totals.has(a.id));
  const all = grandTotal([...totals.values()]);
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
                  {total ? t("pieces", { a: total.pieces.A, b: total.pieces.B, r: total.pieces.R }) : "—"}
                </td>
                <td className="py-2.5 text-right font-semibold tabular-nums" data-testid="day-total-amount">
                  {total ? formatYuan(total.amount, locale) : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="text-lg">
            <th scope="row" className="pt-3 pr-2 text-left">{t("total")}</th>
            <td className="pt-3 pr-2 text-right tabular-nums">{t("pieces", { a: all.pieces.A, b: all.pieces.B, r: all.pieces.R })}</td>
            <td className="pt-3 text-right font-bold tabular-nums text-cinnabar-700" data-testid="day-grand-total">
              {formatYuan(all.amount, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
