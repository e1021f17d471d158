import { addDays, addMonths, chinaDateOf, firstDayOfMonth, isCalendarDate, isMonth, lastDayOfMonth, monthOf, todayInChina } from "@jinxiu/workshop/domain/calendar";
import { type EarningLine, type PeriodStatus, type WorkEntry } from "@jinxiu/workshop/domain/http";
import { compareMoney, formatMoney, type Money } from "@jinxiu/workshop/domain/money";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { EntryList, type EntryGroup } from "@/components/desk/entry-list";
import { ChevronLeftIcon, ChevronRightIcon } from "@/components/desk/icons";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { correctionsToList, monthParts, type MonthParts } from "@/lib/desk/corrections";
import { correctionWords } from "@/lib/desk/correction-text";
import { artisanMonth, daySummary, listArtisans, listPieceTypes, listWorkEntries, monthSummary, requireCoordinator } from "@/lib/desk/data";
import { formatDay, formatMonth } from "@/lib/desk/date-format";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/history">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.history") };
}

function groupBy(entries: WorkEntry[], keyOf: (e: WorkEntry) => string): Map<string, WorkEntry[]> {
  const groups = new Map<string, WorkEntry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Newest batch first, and a batch's lines in the order they were entered.
  for (const list of groups.values()) {
    list.sort((a, b) => b.created_at.localeCompare(a.created_at) || a.batch_id.localeCompare(b.batch_id) || a.line_index - b.line_index);
  }
  return groups;
}

const pill = (active: boolean) =>
  `flex min-h-11 flex-1 items-center justify-center rounded-full px-4 text-base ${
    active ? "bg-cinnabar-700 font-semibold text-white" : "border border-gold-400 bg-paper text-ink"
  }`;

/**
 * The record of what was entered: one day for the whole workshop (?date=), by work date; or one
 * woman's month (?artisan=&month=), by pay month: its total is her month's net from the ledger,
 * the same figure as the desk's month view and her income page, with the corrections that landed
 * in it. Every entry can be reversed with a reason; reversals stay visible, and reversing in a
 * closed or paid month first says which month the money comes off.
 */
export default async function DeskHistoryPage({ params, searchParams }: PageProps<"/[locale]/desk/history">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const query = await searchParams;
  const { token } = await requireCoordinator(locale);
  const t = await getTranslations({ locale, namespace: "DeskHistory" });
  const today = todayInChina();

  const artisanParam = typeof query.artisan === "string" ? query.artisan : undefined;
  const byArtisan = artisanParam !== undefined;
  const date = typeof query.date === "string" && isCalendarDate(query.date) ? query.date : today;
  const month = typeof query.month === "string" && isMonth(query.month) ? query.month : monthOf(today);

  const [artisans, pieceTypes] = await Promise.all([listArtisans(locale, token), listPieceTypes(locale, token)]);
  const names = new Map(artisans.map((a) => [a.id, a.display_name]));
  const pieceTypeById = new Map(pieceTypes.map((p) => [p.id, p]));
  const artisan = artisanParam ? artisans.find((a) => a.id === artisanParam) : undefined;

  let groups: EntryGroup[] = [];
  let count = 0;
  let shown = 0;
  let total: Money = "0.00";
  let parts: MonthParts | null = null;
  let corrections: EarningLine[] = [];
  const monthStatus = new Map<string, PeriodStatus>();
  const currentMonth = monthOf(today);
  if (!byArtisan) {
    // The day's totals come from the backend: the list may stop at 500 entries, the totals don't.
    const [result, summary, status] = await Promise.all([
      listWorkEntries(locale, token, { date }),
      daySummary(locale, token, date),
      // a past month may be closed or paid: a reversal then lands in this month, and the desk says so first
      monthOf(date) < currentMonth ? monthSummary(locale, token, monthOf(date)).then((m) => m.status) : ("open" as const),
    ]);
    monthStatus.set(monthOf(date), status);
    count = result.count;
    shown = result.entries.length;
    total = summary.total;
    const dayTotals = new Map(summary.artisans.map((row) => [row.artisan_id, row.amount]));
    groups = [...groupBy(result.entries, (e) => e.artisan_id)].map(([id, entries]) => ({
      key: id,
      title: names.get(id) ?? id,
      entries,
      total: dayTotals.get(id) ?? "0.00",
    }));
    groups.sort((a, b) => a.title.localeCompare(b.title, locale));
  } else if (artisan) {
    const [result, herMonth] = await Promise.all([
      listWorkEntries(locale, token, { artisan_id: artisan.id, from: firstDayOfMonth(month), to: lastDayOfMonth(month) }),
      artisanMonth(locale, token, artisan.id, month),
    ]);
    count = result.count;
    shown = result.entries.length;
    monthStatus.set(month, herMonth.status);
    parts = monthParts(herMonth.totals);
    total = parts.net;
    corrections = correctionsToList(herMonth.entries, month);
    groups = [...groupBy(result.entries, (e) => e.work_date)].map(([day, entries]) => ({
      key: day,
      title: formatDay(day, locale),
      entries,
    }));
  }

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("heading")}</h1>
      <div className="flex gap-2" role="group" aria-label={t("modeLabel")}>
        <Link href={{ pathname: "/desk/history", query: { date } }} className={pill(!byArtisan)} aria-current={!byArtisan ? "page" : undefined} data-testid="history-by-day">
          {t("byDay")}
        </Link>
        <Link
          href={{ pathname: "/desk/history", query: { artisan: artisan?.id ?? artisans[0]?.id ?? "", month } }}
          className={pill(byArtisan)}
          aria-current={byArtisan ? "page" : undefined}
          data-testid="history-by-artisan"
        >
          {t("byArtisan")}
        </Link>
      </div>

      {!byArtisan ? (
        <div className="flex items-center gap-2">
          <Link
            href={{ pathname: "/desk/history", query: { date: addDays(date, -1) } }}
            aria-label={t("previousDay")}
            className="flex min-h-12 min-w-12 items-center justify-center rounded-full border border-gold-400"
          >
            <ChevronLeftIcon />
          </Link>
          <form className="flex flex-1 items-center gap-2" action="" method="get">
            <label className="flex-1">
              <span className="sr-only">{t("day")}</span>
              <input type="date" name="date" defaultValue={date} max={today} className="min-h-12 w-full rounded-lg border border-gold-400 bg-white px-2 text-base" data-testid="history-date" />
            </label>
            <button type="submit" className="min-h-12 rounded-full bg-ink px-4 text-base text-white">
              {t("show")}
            </button>
          </form>
          {date < today ? (
            <Link
              href={{ pathname: "/desk/history", query: { date: addDays(date, 1) } }}
              aria-label={t("nextDay")}
              className="flex min-h-12 min-w-12 items-center justify-center rounded-full border border-gold-400"
            >
              <ChevronRightIcon />
            </Link>
          ) : (
            <span className="min-w-12" />
          )}
        </div>
      ) : (
        <form className="grid grid-cols-[1fr_auto] gap-2" action="" method="get">
          <label className="col-span-2">
            <span className="mb-1 block text-sm font-medium">{t("artisan")}</span>
            <select name="artisan" defaultValue={artisan?.id ?? ""} className="min-h-12 w-full rounded-lg border border-gold-400 bg-white px-2 text-base" data-testid="history-artisan">
              {artisans.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.display_name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="mb-1 block text-sm font-medium">{t("month")}</span>
            <input type="month" name="month" defaultValue={month} className="min-h-12 w-full rounded-lg border border-gold-400 bg-white px-2 text-base" />
          </label>
          <button type="submit" className="mt-6 min-h-12 rounded-full bg-ink px-4 text-base text-white">
            {t("show")}
          </button>
        </form>
      )}

      <p className="flex items-baseline justify-between text-lg" data-testid="history-summary">
        <span className="font-medium">
          {byArtisan ? `${artisan?.display_name ?? ""} · ${formatMonth(month, locale)}` : formatDay(date, locale)}
        </span>
        <span className="font-bold tabular-nums text-cinnabar-700" data-testid="history-total">
          {formatMoney(total, locale)}
        </span>
      </p>
      <p className="-mt-3 text-sm text-ink-muted" data-testid="history-basis">
        {byArtisan ? t("basisMonth") : t("basisDay")}
      </p>
      {parts && (compareMoney(parts.reversal, 0) !== 0 || compareMoney(parts.other, 0) !== 0) ? (
        <p className="-mt-2 text-sm tabular-nums text-ink-muted" data-testid="history-parts">
          {t("parts", { piecework: formatMoney(parts.piecework, locale), reversal: formatMoney(parts.reversal, locale), other: formatMoney(parts.other, locale) })}
        </p>
      ) : null}
      {byArtisan && !artisan ? <p role="alert">{t("noSuchArtisan")}</p> : null}
      {corrections.length ? <CorrectionList locale={locale} lines={corrections} heading={t("correctionsHeading")} /> : null}
      {groups.length ? (
        <EntryList locale={locale} groups={groups} pieceTypes={pieceTypeById} monthStatus={monthStatus} currentMonth={currentMonth} />
      ) : (
        <p className="rounded-xl bg-gold-100 p-4 text-base" data-testid="history-empty">
          {t("empty")}
        </p>
      )}
      {count > shown ? <p className="text-sm text-ink-muted">{t("more", { shown, count })}</p> : null}
      {byArtisan ? (
        <div className="flex justify-between">
          <Link href={{ pathname: "/desk/history", query: { artisan: artisan?.id ?? "", month: addMonths(month, -1) } }} className="flex min-h-11 items-center gap-1 text-cinnabar-700">
            <ChevronLeftIcon size={20} />
            {formatMonth(addMonths(month, -1), locale)}
          </Link>
          {month < monthOf(today) ? (
            <Link href={{ pathname: "/desk/history", query: { artisan: artisan?.id ?? "", month: addMonths(month, 1) } }} className="flex min-h-11 items-center gap-1 text-cinnabar-700">
              {formatMonth(addMonths(month, 1), locale)}
              <ChevronRightIcon size={20} />
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The corrections that landed in a woman's month for earlier months' lines, each naming what it takes back and why. */
async function CorrectionList({ locale, lines, heading }: { locale: AppLocale; lines: EarningLine[]; heading: string }) {
  const words = await correctionWords(locale);
  return (
    <section aria-labelledby="history-corrections" className="rounded-2xl border border-cinnabar-700/40 bg-white p-3" data-testid="history-corrections">
      <h2 id="history-corrections" className="text-lg font-semibold">
        {heading}
      </h2>
      <ul className="mt-2 divide-y divide-gold-100">
        {lines.map((line) => (
          <li key={line.id} className="flex items-start gap-3 py-2.5" data-testid="history-correction">
            <div className="min-w-0 flex-1">
              <p>{words.corrects(line) ?? ""}</p>
              <p className="text-sm text-ink-muted">
                {formatDay(chinaDateOf(line.created_at), locale)}
                {line.reason ? ` · ${words.reason(line.reason)}` : ""}
              </p>
            </div>
            <p className="shrink-0 text-right text-lg font-semibold tabular-nums text-cinnabar-700">{formatMoney(line.amount, locale)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
