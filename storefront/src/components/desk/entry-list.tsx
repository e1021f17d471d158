import { type PeriodStatus, type PieceType, type WorkEntry } from "@jinxiu/workshop/domain/http";
import { formatMoney, type Money } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { correctedLater, entriesTotal, lateCorrectionOf } from "@/lib/desk/corrections";
import { correctionWords } from "@/lib/desk/correction-text";
import { ReverseEntry } from "./reverse-entry";

export type EntryGroup = {
  key: string;
  title: string;
  entries: WorkEntry[];
  /** the group's total as the backend adds it up; without it, the listed entries' on the pay-month basis */
  total?: Money;
};

type EntryListProps = {
  locale: AppLocale;
  groups: EntryGroup[];
  pieceTypes: Map<string, PieceType>;
  /** what each row names besides the piece type: the woman (day view) or nothing */
  artisanNames?: Map<string, string>;
  /** the state of the entries' months (a month missing is open) and the current month: where a reversal's money lands */
  monthStatus?: Map<string, PeriodStatus>;
  currentMonth: string;
};

/**
 * Recorded entries in groups (by woman, or by day), each with its subtotal. A reversed entry stays
 * in the list, struck through, with who reversed it and why; one whose month was already closed
 * keeps counting there (it was paid) and says which month took it back.
 */
export async function EntryList({ locale, groups, pieceTypes, artisanNames, monthStatus, currentMonth }: EntryListProps) {
  const t = await getTranslations({ locale, namespace: "DeskHistory" });
  const words = await correctionWords(locale);
  const askOf = (entry: WorkEntry) => {
    const late = lateCorrectionOf(entry, monthStatus?.get(entry.period) ?? "open", currentMonth);
    return late ? { period: late.period, note: words.late(late), confirm: words.confirmLate(late) } : undefined;
  };
  const tg = await getTranslations({ locale, namespace: "DeskToday" });
  const pieceName = (id: string) => {
    const p = pieceTypes.get(id);
    return p ? (locale === "en" ? p.name_en : p.name_zh) : t("unknownPieceType");
  };
  return (
    <div className="space-y-5">
      {groups.map((group) => {
        const total = group.total ?? entriesTotal(group.entries);
        return (
          <section key={group.key} aria-labelledby={`group-${group.key}`} data-testid="entry-group" className="rounded-2xl border border-gold-200 bg-white p-3">
            <h3 id={`group-${group.key}`} className="flex items-baseline justify-between gap-2 text-lg font-semibold">
              <span>{group.title}</span>
              <span className="tabular-nums text-cinnabar-700" data-testid="group-total">
                {formatMoney(total, locale)}
              </span>
            </h3>
            <ul className="mt-2 divide-y divide-gold-100">
              {group.entries.map((entry) => {
                const later = correctedLater(entry);
                const reversed = !!entry.reversed_at && !later;
                const label = `${artisanNames?.get(entry.artisan_id) ?? ""} ${pieceName(entry.piece_type_id)} ×${entry.quantity}`.trim();
                return (
                  <li
                    key={entry.id}
                    data-testid="history-entry"
                    data-entry-id={entry.id}
                    data-reversed={entry.reversed_at ? "true" : "false"}
                    data-corrected-in={later ? entry.correction_period ?? undefined : undefined}
                    className="py-2.5"
                  >
                    <div className="flex items-start gap-3">
                      <div className="min-w-0 flex-1">
                        <p className={reversed ? "text-ink-muted line-through" : ""}>
                          {artisanNames ? <span className="font-medium">{artisanNames.get(entry.artisan_id) ?? entry.artisan_id} · </span> : null}
                          {pieceName(entry.piece_type_id)}
                        </p>
                        <p className="text-sm text-ink-muted tabular-nums">
                          ×{entry.quantity} · {tg(`grades.${entry.grade}`)} · {formatMoney(entry.rate, locale)}
                        </p>
                        {reversed ? (
                          <p className="mt-1 inline-flex items-center gap-1 rounded bg-cinnabar-50 px-2 py-0.5 text-sm font-medium text-cinnabar-700" data-testid="reversed-badge">
                            {t("reversed", { reason: entry.reversal_reason ?? "" })}
                          </p>
                        ) : null}
                        {later ? (
                          <p className="mt-1 inline-flex items-center gap-1 rounded bg-gold-100 px-2 py-0.5 text-sm font-medium text-ink" data-testid="corrected-later-badge">
                            {words.correctedLater(entry.correction_period!, entry.period, entry.reversal_reason ?? "")}
                          </p>
                        ) : null}
                      </div>
                      <p className={`shrink-0 text-right text-lg font-semibold tabular-nums ${reversed ? "text-ink-muted line-through" : ""}`}>
                        {formatMoney(entry.amount, locale)}
                      </p>
                    </div>
                    {!entry.reversed_at ? (
                      <div className="mt-1 flex justify-end">
                        <ReverseEntry entryId={entry.id} locale={locale} label={label} late={askOf(entry)} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
