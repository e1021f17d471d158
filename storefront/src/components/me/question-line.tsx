import { formatMoney, compareMoney } from "@jinxiu/workshop/domain/money";
import { type StatementQuestion } from "@jinxiu/workshop/domain/statement-questions";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { questionState } from "@/lib/questions/question-rules";
import { REASON_ICON } from "./question-icons";
import { QuestionSheet } from "./question-sheet";

const STATE_STYLE = {
  open: "bg-gold-100 text-gold-700",
  answered: "bg-gold-200 text-ink",
  corrected: "bg-gold-200 text-ink",
} as const;

/** Under a line of her month: her question's state and the answer, or "Question this" when none is open. */
export async function QuestionLine({
  locale,
  period,
  lineId,
  lineLabel,
  question,
}: {
  locale: AppLocale;
  period: string;
  /** null: her questions about missing work */
  lineId: string | null;
  lineLabel: string;
  question?: StatementQuestion;
}) {
  const t = await getTranslations({ locale, namespace: "MeQuestions" });
  return (
    <div className="w-full pl-9">
      {question ? <QuestionState locale={locale} question={question} t={t} /> : null}
      {!question || question.status !== "open" ? <QuestionSheet locale={locale} period={period} lineId={lineId} lineLabel={lineLabel} /> : null}
    </div>
  );
}

/** One question as she sees it: its reason, its state, the answer and what a correction changed. */
export function QuestionState({
  locale,
  question,
  t,
}: {
  locale: AppLocale;
  question: StatementQuestion;
  t: Awaited<ReturnType<typeof getTranslations<"MeQuestions">>>;
}) {
  const state = questionState(question);
  const Icon = REASON_ICON[question.reason];
  return (
    <div className="mt-1 text-sm" data-testid="question-state" data-state={state}>
      <p className="flex flex-wrap items-center gap-2">
        <Icon size={18} className="text-gold-700" />
        <span>{t("stateLabel", { reason: t(`reasons.${question.reason}`) })}</span>
        <span className={`rounded-full px-2 py-0.5 font-medium ${STATE_STYLE[state]}`}>{t(`state.${state}`)}</span>
      </p>
      {question.answer_note ? (
        <p className="mt-1 text-base" data-testid="question-answer">
          {t("answer", { note: question.answer_note })}
        </p>
      ) : null}
      {state === "corrected" && question.correction_amount && compareMoney(question.correction_amount, 0) !== 0 ? (
        <p className="mt-1 font-medium tabular-nums" data-testid="question-changed">
          {t("changed", { amount: `${compareMoney(question.correction_amount, 0) > 0 ? "+" : ""}${formatMoney(question.correction_amount, locale)}` })}
        </p>
      ) : null}
    </div>
  );
}
