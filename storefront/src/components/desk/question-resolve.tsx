"use client";

import { MAX_NOTE_LENGTH } from "@jinxiu/workshop/domain/limits";
import { useTranslations } from "@/i18n/client";
import { useActionState, useId, useState } from "react";
import { resolveQuestion, type ResolveQuestionState } from "@/lib/desk/question-actions";

/**
 * Resolving one question on the desk: "Answer" (a note to her) or "Correct" (reverse the line
 * and/or post a bonus or deduction, with the note as the reason she reads).
 */
export function QuestionResolve({
  questionId,
  locale,
  canReverse,
  lineAmount,
  late,
}: {
  questionId: string;
  locale: string;
  /** a work line she questioned (missing work has none to reverse) */
  canReverse: boolean;
  /** the line's amount, formatted */
  lineAmount: string;
  /** the questioned month is closed or paid: where a reversal and an adjustment would land, in words */
  late?: { reverse: string | null; adjustment: string };
}) {
  const t = useTranslations("DeskQuestions");
  const [mode, setMode] = useState<"answer" | "correction" | null>(null);
  const [kind, setKind] = useState<"" | "bonus" | "deduction">("");
  const [state, action, pending] = useActionState<ResolveQuestionState, FormData>(resolveQuestion, {});
  const id = useId();
  if (state.ok) return null;
  if (!mode) {
    return (
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => setMode("answer")} data-testid="question-answer-open" className="min-h-11 rounded-full border border-gold-400 px-4 text-base hover:bg-gold-100">
          {t("answer")}
        </button>
        <button type="button" onClick={() => setMode("correction")} data-testid="question-correct-open" className="min-h-11 rounded-full border border-gold-400 px-4 text-base hover:bg-gold-100">
          {t("correct")}
        </button>
      </div>
    );
  }
  return (
    <form action={action} className="mt-2 w-full space-y-3 rounded-lg bg-gold-100 p-3" data-testid="question-resolve-form">
      <input type="hidden" name="id" value={questionId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="resolution" value={mode} />
      {mode === "correction" ? (
        <>
          {late ? (
            <p className="rounded-lg border border-cinnabar-700 bg-white p-2 text-base font-medium text-cinnabar-700" data-testid="question-late">
              {[canReverse ? late.reverse : null, late.adjustment].filter(Boolean).join(" ")}
            </p>
          ) : null}
          {canReverse ? (
            <label className="flex min-h-11 items-center gap-2 text-base">
              <input type="checkbox" name="reverse" className="h-5 w-5" data-testid="question-reverse" />
              {t("reverseLine", { amount: lineAmount })}
            </label>
          ) : null}
          <fieldset className="space-y-1">
            <legend className="text-base font-medium">{t("adjustment")}</legend>
            <div className="flex flex-wrap gap-2">
              {(["", "bonus", "deduction"] as const).map((k) => (
                <label key={k || "none"} className="flex min-h-11 items-center gap-2 rounded-full border border-gold-400 bg-white px-3 text-base">
                  <input type="radio" name="adjustment_kind" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`question-kind-${k || "none"}`} />
                  {k ? t(k) : t("adjustmentNone")}
                </label>
              ))}
            </div>
            {kind ? (
              <label className="block text-base">
                {t("amount")}
                <input name="amount" inputMode="decimal" required data-testid="question-amount" className="mt-1 block w-40 rounded-lg border border-gold-400 bg-white p-2 text-base tabular-nums" />
              </label>
            ) : null}
          </fieldset>
        </>
      ) : null}
      <div>
        <label htmlFor={`${id}-note`} className="block text-base font-medium">
          {t("answerLabel")}
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          required
          maxLength={MAX_NOTE_LENGTH}
          rows={2}
          data-testid="question-resolve-note"
          aria-describedby={state.error ? `${id}-error` : undefined}
          className="mt-1 block w-full rounded-lg border border-gold-400 bg-white p-2 text-base"
        />
      </div>
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-cinnabar-700">
          {t(`errors.${state.error}`, { max: MAX_NOTE_LENGTH })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} data-testid="question-resolve-send" className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60">
          {t("send")}
        </button>
        <button type="button" onClick={() => setMode(null)} className="min-h-11 rounded-full border border-gold-400 px-4 text-base">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
