import { addDays, addMonths, daysLeftInMonth, isMonth, lastDayOfMonth, monthOf, todayInChina } from "@jinxiu/workshop/domain/calendar";
import { formatMoney, sumMoney } from "@jinxiu/workshop/domain/money";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AlertIcon, CheckIcon, ChevronLeftIcon, ChevronRightIcon, ClockIcon } from "@/components/desk/icons";
import { OutboxMonthCheck } from "@/components/desk/outbox-month-check";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { listArtisans, monthSummary, requireCoordinator, workshopStatements } from "@/lib/desk/data";
import { formatDay, formatMonth } from "@/lib/desk/date-format";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/month">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.month") };
}

/**
 * A month of her workshops: per woman, pieces and money; and what still stands between the month
 * and its close (the month must end, nothing may be left on this phone, then the programme's
 * staff close it in the admin).
 */
export default async function DeskMonthPage({ params, searchParams }: PageProps<"/[locale]/desk/month">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const query = await searchParams;
  const { token, coordinator } = await requireCoordinator(locale);
  const t = await getTranslations({ locale, namespace: "DeskMonth" });
  const today = todayInChina();
  const current = monthOf(today);
  const month = typeof query.month === "string" && isMonth(query.month) && query.month <= current ? query.month : current;

  const [summary, artisans] = await Promise.all([monthSummary(locale, token, month), listArtisans(locale, token)]);
  // a closed month's pay slips, to print and hand out
  const slipOf = new Map(summary.status === "open" ? [] : (await workshopStatements(locale, token, month)).map((s) => [s.artisan_id, s.id]));
  const ts = await getTranslations({ locale, namespace: "PaySlip" });
  const rows = summary.artisans;
  const totalNet = sumMoney(rows.map((r) => r.net));
  const pieces = rows.reduce((n, r) => ({ a: n.a + r.pieces_a, b: n.b + r.pieces_b, r: n.r + r.pieces_r }), { a: 0, b: 0, r: 0 });
  const daysLeft = daysLeftInMonth(month, today);
  const ended = daysLeft < 0;
  const activeWithoutWork = artisans.filter((a) => a.status === "active" && !rows.some((r) => r.artisan_id === a.id && r.work_days > 0));

  const statusStyle = {
    open: "bg-gold-100 text-gold-700",
    closed: "bg-ink text-white",
    paid: "bg-green-800 text-white",
  }[summary.status];

  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-2">
        <Link
          href={{ pathname: "/desk/month", query: { month: addMonths(month, -1) } }}
          aria-label={t("previous")}
          className="flex min-h-12 min-w-12 items-center justify-center rounded-full border border-gold-400"
        >
          <ChevronLeftIcon />
        </Link>
        <h1 className="text-center text-xl font-semibold" data-testid="month-heading">
          {formatMonth(month, locale)}
        </h1>
        {month < current ? (
          <Link
            href={{ pathname: "/desk/month", query: { month: addMonths(month, 1) } }}
            aria-label={t("next")}
            className="flex min-h-12 min-w-12 items-center justify-center rounded-full border border-gold-400"
          >
            <ChevronRightIcon />
          </Link>
        ) : (
          <span className="min-w-12" />
        )}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <span className={`rounded-full px-3 py-1 text-base font-semibold ${statusStyle}`} data-testid="month-status" data-status={summary.status}>
          {t(`status.${summary.status}`)}
        </span>
        <span className="text-2xl font-bold tabular-nums text-cinnabar-700" data-testid="month-total">
          {formatMoney(totalNet, locale)}
        </span>
      </div>

      <section aria-labelledby="close-checks" className="rounded-2xl border border-gold-200 bg-white p-3 sm:p-4" data-testid="close-checks">
        <h2 id="close-checks" className="text-lg font-semibold">
          {summary.status === "open" ? t("checksHeading") : t("closedHeading")}
        </h2>
        {summary.status === "open" ? (
          <ul className="mt-2 space-y-2 text-base">
            <li className="flex items-start gap-2" data-testid="check-ended" data-done={ended ? "true" : "false"}>
              {ended ? <CheckIcon size={22} className="mt-0.5 shrink-0 text-green-800" /> : <ClockIcon size={22} className="mt-0.5 shrink-0 text-gold-700" />}
              <span>
                {ended
                  ? t("checks.ended")
                  : t("checks.notEnded", { days: daysLeft + 1, from: formatDay(addDays(lastDayOfMonth(month), 1), locale, false) })}
              </span>
            </li>
            <OutboxMonthCheck coordinatorId={coordinator.id} month={month} />
            <li className="flex items-start gap-2" data-testid="check-artisans" data-done={activeWithoutWork.length ? "false" : "true"}>
              {activeWithoutWork.length ? (
                <AlertIcon size={22} className="mt-0.5 shrink-0 text-gold-700" />
              ) : (
                <CheckIcon size={22} className="mt-0.5 shrink-0 text-green-800" />
              )}
              <span>
                {activeWithoutWork.length
                  ? t("checks.noWork", { count: activeWithoutWork.length, names: activeWithoutWork.map((a) => a.display_name).join("、") })
                  : t("checks.everyoneRecorded")}
              </span>
            </li>
            <li className="flex items-start gap-2" data-testid="check-admin">
              <ClockIcon size={22} className="mt-0.5 shrink-0 text-gold-700" />
              <span>{ended ? t("checks.awaitingClose") : t("checks.thenClose")}</span>
            </li>
          </ul>
        ) : (
          <p className="mt-2 flex items-start gap-2 text-base">
            <CheckIcon size={22} className="mt-0.5 shrink-0 text-green-800" />
            {summary.status === "paid" ? t("paidNote") : t("closedNote")}
          </p>
        )}
      </section>

      <section aria-labelledby="month-artisans" className="rounded-2xl border border-gold-200 bg-white p-3 sm:p-4">
        <h2 id="month-artisans" className="text-lg font-semibold">
          {t("perArtisan")}
        </h2>
        {rows.length ? (
          <table className="mt-2 w-full text-base" data-testid="month-table">
            <caption className="sr-only">{t("perArtisan")}</caption>
            <thead>
              <tr className="border-b border-gold-200 text-left text-sm text-ink-muted">
                <th scope="col" className="py-2 pr-2 font-medium">{t("artisan")}</th>
                <th scope="col" className="py-2 pr-2 text-right font-medium">{t("days")}</th>
                <th scope="col" className="py-2 pr-2 text-right font-medium">{t("pieces")}</th>
                <th scope="col" className="py-2 text-right font-medium">{t("net")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.artisan_id} className="border-b border-gold-100 align-top" data-testid="month-row" data-artisan-id={row.artisan_id}>
                  <th scope="row" className="py-2.5 pr-2 text-left font-medium">
                    <Link href={{ pathname: "/desk/history", query: { artisan: row.artisan_id, month } }} className="underline decoration-gold-400 underline-offset-4">
                      {row.display_name}
                    </Link>
                    {slipOf.has(row.artisan_id) ? (
                      <Link href={`/desk/slip/${slipOf.get(row.artisan_id)}`} prefetch={false} className="mt-1 block text-sm text-cinnabar-700 underline underline-offset-4" data-testid="desk-slip-link">
                        {ts("link")}
                      </Link>
                    ) : null}
                  </th>
                  <td className="py-2.5 pr-2 text-right tabular-nums">{row.work_days}</td>
                  <td className="py-2.5 pr-2 text-right text-sm tabular-nums">
                    {t("piecesValue", { a: row.pieces_a, b: row.pieces_b, r: row.pieces_r })}
                  </td>
                  <td className="py-2.5 text-right font-semibold tabular-nums">{formatMoney(row.net, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="pt-3 pr-2 text-left">{t("total")}</th>
                <td />
                <td className="pt-3 pr-2 text-right text-sm tabular-nums">{t("piecesValue", pieces)}</td>
                <td className="pt-3 text-right font-bold tabular-nums text-cinnabar-700">{formatMoney(totalNet, locale)}</td>
              </tr>
            </tfoot>
          </table>
        ) : (
          <p className="mt-2">{t("empty")}</p>
        )}
      </section>
    </div>
  );
}
