import { inLanguage } from "@jinxiu/workshop/domain/bilingual";
import { currentMonth, isMonth } from "@jinxiu/workshop/domain/calendar";
import { type EarningLine } from "@jinxiu/workshop/domain/http";
import { compareMoney, formatMoney } from "@jinxiu/workshop/domain/money";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { BagIcon, CalendarIcon, ChevronLeftIcon, CoinIcon, GiftIcon, MinusCircleIcon, NeedleIcon, UndoIcon } from "@/components/desk/icons";
import { MonthParts } from "@/components/me/parts";
import { MonthPayBlock } from "@/components/me/month-pay";
import { MissingWorkBlock, MonthConfirmBlock } from "@/components/me/month-questions";
import { QuestionLine } from "@/components/me/question-line";
import { StatusBadge } from "@/components/me/status-badge";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { correctionWords } from "@/lib/desk/correction-text";
import { formatDay, formatMonth } from "@/lib/desk/date-format";
import { emptyMonth, linesByDay, monthFigures, type MonthFigures } from "@/lib/me/earnings";
import { herPayouts, herStatements, monthDetail, requireArtisan } from "@/lib/me/data";
import { payByPeriod } from "@/lib/me/pay-state";
import { herMonthQuestions } from "@/lib/me/question-data";
import { questionsByLine } from "@/lib/questions/question-rules";

export async function generateMetadata({ params }: PageProps<"/[locale]/me/month/[period]">): Promise<Metadata> {
  const { locale, period } = await params;
  if (!hasLocale(routing.locales, locale) || !isMonth(period)) return {};
  return { title: formatMonth(period, locale) };
}

const KIND_ICON: Record<string, typeof NeedleIcon> = {
  piecework: NeedleIcon,
  sale_share: BagIcon,
  bonus: GiftIcon,
  deduction: MinusCircleIcon,
  reversal: UndoIcon,
};

/** Lines that are neither piecework nor a sale, each with its own word. */
const ADJUSTMENT_KINDS = ["bonus", "deduction", "reversal"] as const;

/** One month of hers, day by day: each line's piece type, quantity, grade, rate and amount. */
export default async function MeMonthPage({ params }: PageProps<"/[locale]/me/month/[period]">) {
  const { locale, period } = await params;
  if (!hasLocale(routing.locales, locale) || !isMonth(period) || period > currentMonth()) notFound();
  const { token } = await requireArtisan(locale);
  const t = await getTranslations({ locale, namespace: "MeMonth" });
  const tg = await getTranslations({ locale, namespace: "MeHome" });
  const corrections = await correctionWords(locale);
  // read beside the month (awaited below; a failure surfaces there, not as an unhandled rejection)
  const questionsRead = herMonthQuestions(locale, token, period);
  questionsRead.catch(() => undefined);
  const [detail, statements, payouts] = await Promise.all([monthDetail(locale, token, period), herStatements(locale, token), herPayouts(locale, token)]);
  // the month's pay, from its payouts
  const pay = payByPeriod(statements, payouts.payouts).get(period) ?? null;
  const figures: MonthFigures = detail.totals ? monthFigures(detail.totals) : emptyMonth(period);
  const days = linesByDay(detail.entries);
  // her questions, shown under the lines they are about; her confirmation of the month
  const asked = await questionsRead;
  const questionOfLine = questionsByLine(asked.questions);

  const lineText = (line: EarningLine) => {
    if (line.work_entry) {
      const pieceType = locale === "en" ? line.work_entry.piece_type.name_en : line.work_entry.piece_type.name_zh;
      const work = t("workDetail", { quantity: line.work_entry.quantity, grade: t(`grades.${line.work_entry.grade}`), rate: formatMoney(line.work_entry.rate, locale) });
      // a line corrected since says so, and where the correction is
      const mark = corrections.correctedMark(line, period);
      return { title: pieceType, detail: mark ? `${work} · ${mark}` : work };
    }
    if (line.sale) return { title: t("sale", { title: line.sale.product_title ?? "" }), detail: line.sale.quantity ? t("saleQuantity", { count: line.sale.quantity }) : "" };
    const kind = ADJUSTMENT_KINDS.find((k) => k === line.kind) ?? "other";
    const reason = line.reason ? inLanguage(line.reason, locale) : "";
    // a correction names the line it takes back (date, piece type, quantity, amount) beside the reason
    const corrects = corrections.corrects(line);
    if (corrects) return { title: t(`kinds.${kind}`), detail: reason ? `${corrects} · ${corrections.reason(reason)}` : corrects };
    return { title: t(`kinds.${kind}`), detail: reason };
  };

  return (
    <div className="space-y-5">
      <Link href="/me" className="inline-flex min-h-11 items-center gap-1 text-base text-cinnabar-700">
        <ChevronLeftIcon size={20} />
        {t("back")}
      </Link>
      <section aria-labelledby="month-title" className="rounded-3xl border border-gold-200 bg-white p-4">
        <h1 id="month-title" className="text-xl font-semibold">
          {formatMonth(period, locale)}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 text-[clamp(1.75rem,9vw,2.25rem)] font-bold tabular-nums">
          <CoinIcon size={32} className="shrink-0 text-gold-700" />
          <span className="min-w-0 [overflow-wrap:anywhere]" data-testid="month-net">{formatMoney(figures.net, locale, { trimWhole: true })}</span>
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-base" data-testid="month-statement">
          <StatusBadge locale={locale} status={figures.status} pay={pay} />
          <span className="text-ink-muted">
            {figures.status === "open" ? t("openNote") : pay?.state === "paid" ? t("paidNote") : figures.status === "none" ? "" : t("closedNote")}
          </span>
        </p>
        {pay ? <MonthPayBlock locale={locale} period={period} pay={pay} advanceOutstanding={payouts.advance_outstanding ?? null} /> : null}
        <MonthConfirmBlock locale={locale} period={period} net={figures.net} confirmation={asked.confirmation} />
      </section>

      <section aria-labelledby="parts-title">
        <h2 id="parts-title" className="mb-2 text-lg font-semibold">
          {tg("partsHeading")}
        </h2>
        <MonthParts locale={locale} figures={figures} />
      </section>

      <section aria-labelledby="days-title">
        <h2 id="days-title" className="mb-2 text-lg font-semibold">
          {t("daysHeading")}
        </h2>
        {days.length ? (
          <ol className="space-y-3">
            {days.map((day) => (
              <li key={day.date} className="rounded-2xl border border-gold-200 bg-white p-3" data-testid="month-day" data-date={day.date}>
                <h3 className="flex flex-wrap items-center justify-between gap-x-3 text-base font-semibold">
                  <span className="flex items-center gap-1.5">
                    <CalendarIcon size={18} className="shrink-0 text-gold-700" />
                    {formatDay(day.date, locale)}
                  </span>
                  <span className="tabular-nums" data-testid="day-total">{formatMoney(day.total, locale)}</span>
                </h3>
                <ul className="mt-1 divide-y divide-gold-100">
                  {day.lines.map((line) => {
                    const Icon = KIND_ICON[line.kind] ?? NeedleIcon;
                    const text = lineText(line);
                    return (
                      <li key={line.id} className="flex flex-wrap items-center gap-3 py-2" data-testid="month-line" data-kind={line.kind} data-corrected-in={line.corrected_in ?? undefined}>
                        {line.sale?.thumbnail ? (
                          <img src={line.sale.thumbnail} alt="" width={40} height={40} loading="lazy" className="h-10 w-10 shrink-0 rounded-lg object-cover" />
                        ) : (
                          <Icon size={22} className="shrink-0 text-gold-700" />
                        )}
                        <p className="min-w-0 flex-1">
                          <span className="block">{text.title}</span>
                          {text.detail ? <span className="block text-sm text-ink-muted tabular-nums" data-testid="line-detail">{text.detail}</span> : null}
                        </p>
                        <span className={`text-lg font-semibold tabular-nums ${compareMoney(line.amount, 0) < 0 ? "text-cinnabar-700" : ""}`} data-testid="line-amount">
                          {formatMoney(line.amount, locale)}
                        </span>
                        <QuestionLine locale={locale} period={period} lineId={line.id} lineLabel={[text.title, text.detail].filter(Boolean).join(" · ")} question={questionOfLine.get(line.id)} />
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        ) : (
          <p className="rounded-xl bg-gold-100 p-4">{t("empty")}</p>
        )}
        <MissingWorkBlock locale={locale} period={period} questions={asked.questions} />
      </section>
    </div>
  );
}
