import { addMonths, currentMonth } from "@jinxiu/workshop/domain/calendar";
import { formatMoney, negateMoney } from "@jinxiu/workshop/domain/money";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CalendarIcon, ChartIcon, CheckIcon, ChevronRightIcon, CoinIcon, FlagIcon, TargetIcon } from "@/components/desk/icons";
import { ListenButton } from "@/components/me/listen-button";
import { LazyEarningsChart } from "@/components/me/lazy-earnings-chart";
import { MonthParts } from "@/components/me/parts";
import { PaySummary } from "@/components/me/pay-summary";
import { StatusBadge } from "@/components/me/status-badge";
import { TrainingSection } from "@/components/me/training-section";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { formatMonth } from "@/lib/desk/date-format";
import { MONTHS_LISTED, compareMonths, fillMonths, goalProgress, monthsSinceJoining, soldPieces } from "@/lib/me/earnings";
import { monthSpeech } from "@/lib/me/month-speech";
import { herPayouts, herStatements, herTraining, monthDetail, monthlyEarnings, requireArtisan } from "@/lib/me/data";
import { payByPeriod } from "@/lib/me/pay-state";

export async function generateMetadata({ params }: PageProps<"/[locale]/me">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "MeShell" });
  return { title: t("nav.income") };
}

/**
 * Her income at a glance: this month so far as one big number, her goal, last month, the parts,
 * the pieces of hers that were sold, her skills and trainings, and her last 12 months with each
 * statement's state (from the month she joined).
 */
export default async function MeHomePage({ params }: PageProps<"/[locale]/me">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token, artisan } = await requireArtisan(locale);
  const t = await getTranslations({ locale, namespace: "MeHome" });
  const current = currentMonth();
  const from = addMonths(current, -(MONTHS_LISTED - 1));
  const [months, detail, statements, payouts, training] = await Promise.all([
    monthlyEarnings(locale, token, from, current),
    monthDetail(locale, token, current),
    herStatements(locale, token),
    herPayouts(locale, token),
    herTraining(locale, token),
  ]);
  // each closed month's pay, from its payouts
  const pays = payByPeriod(statements, payouts.payouts);
  // this month and the one before it (zero before she joined), for the card at the top
  const [lastMonth, thisMonth] = fillMonths(months, addMonths(current, -1), current);
  // the months listed: from the month she joined (or an earlier one with ledger lines), at most 12
  const year = monthsSinceJoining(months, artisan.joined_on, current);
  const goal = goalProgress(thisMonth.net, artisan.monthly_goal);
  const comparison = compareMonths(thisMonth.net, lastMonth.net);
  const sold = soldPieces(detail.entries);
  // her month read aloud: the same figures as on the page, as sentences
  const ts = await getTranslations({ locale, namespace: "MeSpeech" });
  const tp = await getTranslations({ locale, namespace: "PaySlip" });
  const speech = monthSpeech((key, values) => ts(key as never, values as never), (method) => tp(`methods.${method}` as never), {
    locale,
    month: current,
    earned: thisMonth.net,
    goal,
    payouts: payouts.payouts,
    owed: payouts.owed ?? null,
  });

  return (
    <div className="space-y-6">
      <section aria-labelledby="this-month" className="rounded-3xl bg-cinnabar-700 p-5 text-white shadow-sm">
        <h1 id="this-month" className="text-lg">
          {t("soFar", { month: formatMonth(current, locale) })}
        </h1>
        {/* as large as a 360 px phone allows with five-figure amounts on one line */}
        <p className="mt-1 flex flex-wrap items-center gap-x-2 text-[clamp(2rem,10.5vw,3rem)] font-bold tracking-tight tabular-nums">
          <CoinIcon size={40} className="shrink-0 text-gold-200" />
          <span className="min-w-0 [overflow-wrap:anywhere]" data-testid="month-so-far">{formatMoney(thisMonth.net, locale, { trimWhole: true })}</span>
        </p>
        <ListenButton text={speech} lang={locale === "en" ? "en" : "zh-CN"} labels={{ listen: ts("listen"), stop: ts("stop"), unavailable: ts("unavailable") }} />
        {goal ? (
          <div className="mt-4" data-testid="goal">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-base">
              <span className="flex items-center gap-1.5">
                <TargetIcon size={20} />
                {t("goal", { amount: formatMoney(goal.goal, locale, { trimWhole: true }) })}
              </span>
              <span className="font-semibold tabular-nums">{goal.percent}%</span>
            </div>
            <div
              role="progressbar"
              aria-label={t("goalProgress")}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={goal.percent}
              className="mt-2 h-4 overflow-hidden rounded-full bg-white/25"
            >
              <div className="h-full rounded-full bg-gold-200" style={{ width: `${goal.percent}%` }} />
            </div>
            <p className="mt-1.5 flex items-center gap-1.5 text-base" data-testid="goal-note">
              {goal.reached ? <CheckIcon size={20} className="shrink-0" /> : <FlagIcon size={20} className="shrink-0" />}
              {goal.reached ? t("goalReached") : t("goalRemaining", { amount: formatMoney(goal.remaining, locale, { trimWhole: true }) })}
            </p>
          </div>
        ) : (
          <Link href="/me/settings" className="mt-4 inline-flex min-h-11 items-center gap-1.5 rounded-full bg-white/15 px-4 text-base" data-testid="set-goal-link">
            <TargetIcon size={20} />
            {t("setGoal")}
          </Link>
        )}
        <p className="mt-4 border-t border-white/25 pt-3 text-base" data-testid="last-month">
          <CalendarIcon size={20} className="mr-1.5 inline-block align-[-4px]" />
          {t("lastMonth", { amount: formatMoney(lastMonth.net, locale, { trimWhole: true }) })}
          {" · "}
          {comparison.direction === "up"
            ? t("moreThanLast", { amount: formatMoney(comparison.difference, locale, { trimWhole: true }) })
            : comparison.direction === "down"
              ? t("lessThanLast", { amount: formatMoney(negateMoney(comparison.difference), locale, { trimWhole: true }) })
              : t("sameAsLast")}
        </p>
      </section>

      <PaySummary locale={locale} payouts={payouts} />

      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading" className="mb-2 text-lg font-semibold">
          {t("partsHeading")}
        </h2>
        <MonthParts locale={locale} figures={thisMonth} />
      </section>

      {sold.length ? (
        <section aria-labelledby="sold-heading" data-testid="sold-pieces">
          <h2 id="sold-heading" className="mb-2 text-lg font-semibold">
            {t("soldHeading")}
          </h2>
          <ul className="space-y-2">
            {sold.map((piece) => (
              <li key={piece.id} className="flex items-center gap-3 rounded-2xl border border-gold-200 bg-white p-2" data-testid="sold-piece" data-entry-id={piece.id}>
                {piece.thumbnail ? (
                  <img src={piece.thumbnail} alt="" width={64} height={64} loading="lazy" className="h-16 w-16 shrink-0 rounded-xl object-cover" />
                ) : (
                  <span className="h-16 w-16 shrink-0 rounded-xl bg-gold-100" />
                )}
                <p className="min-w-0 flex-1 text-base">
                  <span className="block font-medium">{t("soldLine", { title: piece.title ?? t("soldUnknown") })}</span>
                  {piece.quantity ? <span className="text-sm text-ink-muted">{t("soldQuantity", { count: piece.quantity })}</span> : null}
                </p>
                <span className="text-xl font-bold tabular-nums" data-testid="sold-piece-amount">{formatMoney(piece.amount, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {training ? <TrainingSection locale={locale} training={training} /> : null}

      <section aria-labelledby="year-heading">
        <h2 id="year-heading" className="mb-2 flex items-center gap-2 text-lg font-semibold">
          <ChartIcon size={22} />
          {t("yearHeading")}
        </h2>
        <div className="rounded-2xl border border-gold-200 bg-white p-2">
          <LazyEarningsChart
            label={t("chartLabel")}
            locale={locale}
            months={year.map((m) => ({
              label: formatMonth(m.period, locale, "short"),
              yuan: Number(m.net),
              current: m.period === current,
            }))}
          />
        </div>
        <ul className="mt-3 divide-y divide-gold-100 rounded-2xl border border-gold-200 bg-white" data-testid="statements">
          {[...year].reverse().map((m) => (
            <li key={m.period} data-testid="statement-row" data-period={m.period}>
              <Link href={`/me/month/${m.period}`} prefetch={false} className="flex min-h-14 items-center gap-3 px-3 py-2 hover:bg-gold-100">
                <span className="flex min-w-0 flex-1 flex-col items-start gap-0.5">
                  <span className="flex items-center gap-1.5 text-base font-medium">
                    <CalendarIcon size={18} className="shrink-0 text-gold-700" />
                    {formatMonth(m.period, locale)}
                  </span>
                  <StatusBadge locale={locale} status={m.status} pay={pays.get(m.period)} />
                </span>
                <span className="shrink-0 text-lg font-semibold tabular-nums" data-testid="statement-amount">
                  {formatMoney(m.net, locale, { trimWhole: true })}
                </span>
                <ChevronRightIcon size={20} className="shrink-0 text-ink-muted" />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
