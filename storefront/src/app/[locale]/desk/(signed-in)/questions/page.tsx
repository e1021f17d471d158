import { monthOf, todayInChina } from "@jinxiu/workshop/domain/calendar";
import { compareMoney, formatMoney } from "@jinxiu/workshop/domain/money";
import { type StatementQuestion } from "@jinxiu/workshop/domain/statement-questions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { QuestionResolve } from "@/components/desk/question-resolve";
import { REASON_ICON } from "@/components/me/question-icons";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { correctionWords } from "@/lib/desk/correction-text";
import { lateCorrectionOf } from "@/lib/desk/corrections";
import { formatDay, formatMonth } from "@/lib/desk/date-format";
import { requireCoordinator } from "@/lib/desk/data";
import { deskQuestions } from "@/lib/desk/question-data";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/questions">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.questions") };
}

/**
 * The women's questions about their months, for her workshops only: open ones to answer or
 * correct, and (?show=resolved) those already resolved with what was done.
 */
export default async function DeskQuestionsPage({ params, searchParams }: PageProps<"/[locale]/desk/questions">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const show = (await searchParams).show === "resolved" ? "resolved" : "open";
  const { token, coordinator } = await requireCoordinator(locale);
  const t = await getTranslations({ locale, namespace: "DeskQuestions" });
  const tq = await getTranslations({ locale, namespace: "MeQuestions" });
  const questions = await deskQuestions(locale, token, show);
  const workshopName = new Map(coordinator.workshops.map((w) => [w.id, locale === "en" ? w.name_en : w.name_zh]));

  const lineText = (q: StatementQuestion) => {
    if (!q.line) return t("missingLine");
    const what = locale === "en" ? q.line.piece_type_en : q.line.piece_type_zh;
    const parts = [q.line.work_date ? formatDay(q.line.work_date, locale, false) : null, what, q.line.quantity ? `× ${q.line.quantity}` : null, q.line.grade];
    return `${parts.filter(Boolean).join(" ")} · ${formatMoney(q.line.amount, locale)}`;
  };

  // a closed or paid month's correction lands in this month: said before it is made
  const words = await correctionWords(locale);
  const currentMonth = monthOf(todayInChina());
  const lateOf = (q: StatementQuestion) => {
    const money = q.money_period;
    const late = money ? lateCorrectionOf({ period: money.month, amount: q.line?.amount ?? "0.00" }, money.status, currentMonth) : null;
    if (!late) return undefined;
    return { reverse: q.line?.kind === "piecework" ? words.late(late) : null, adjustment: words.lateAdjustment(late) };
  };

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-base text-ink-muted">{t("intro")}</p>
      </div>
      <nav className="flex gap-2" aria-label={t("title")}>
        {(["open", "resolved"] as const).map((s) => (
          <Link
            key={s}
            href={s === "open" ? "/desk/questions" : "/desk/questions?show=resolved"}
            aria-current={show === s ? "page" : undefined}
            className={`flex min-h-11 items-center rounded-full border px-4 text-base ${show === s ? "border-cinnabar-700 bg-cinnabar-50 text-cinnabar-700" : "border-gold-400"}`}
          >
            {s === "open" ? t("filterOpen") : t("filterResolved")}
          </Link>
        ))}
      </nav>
      {questions.length ? (
        <ul className="space-y-3" data-testid="desk-questions">
          {questions.map((q) => {
            const Icon = REASON_ICON[q.reason];
            return (
              <li key={q.id} className="space-y-2 rounded-2xl border border-gold-200 bg-white p-3" data-testid="desk-question" data-status={q.status}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="text-lg font-medium">{q.artisan_name}</span>
                  <span className="text-sm text-ink-muted">
                    {workshopName.get(q.workshop_id) ?? ""} · {formatMonth(q.period, locale)}
                  </span>
                </div>
                <p className="flex items-center gap-2 text-base">
                  <Icon size={20} className="shrink-0 text-gold-700" />
                  <span className="font-medium">{tq(`reasons.${q.reason}`)}</span>
                </p>
                <p className="text-base tabular-nums">{lineText(q)}</p>
                {q.note ? <p className="text-base">{t("her", { note: q.note })}</p> : null}
                <p className="text-sm text-ink-muted">{t("asked", { date: formatDay(q.created_at.slice(0, 10), locale, false) })}</p>
                {q.status === "open" ? (
                  <QuestionResolve
                    questionId={q.id}
                    locale={locale}
                    canReverse={q.line?.kind === "piecework"}
                    lineAmount={q.line ? formatMoney(q.line.amount, locale) : ""}
                    late={lateOf(q)}
                  />
                ) : (
                  <p className="rounded-lg bg-gold-100 p-2 text-base" data-testid="desk-question-resolution">
                    {q.resolution === "correction"
                      ? t("resolvedCorrection", {
                          amount: `${q.correction_amount && compareMoney(q.correction_amount, 0) > 0 ? "+" : ""}${formatMoney(q.correction_amount ?? "0", locale)}`,
                          note: q.answer_note ?? "",
                        })
                      : t("resolvedAnswer", { note: q.answer_note ?? "" })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="rounded-xl bg-gold-100 p-4 text-base">{show === "open" ? t("empty") : t("emptyResolved")}</p>
      )}
    </div>
  );
}
