"use client";

import { MAX_NOTE_LENGTH } from "@jinxiu/workshop/domain/limits";
import { QUESTION_REASONS, type QuestionReason } from "@jinxiu/workshop/domain/statement-questions";
import { useTranslations } from "@/i18n/client";
import { useActionState, useId, useState } from "react";
import { askQuestion, type AskQuestionState } from "@/lib/me/question-actions";
import { newQuestionKey } from "@/lib/questions/question-rules";
import { CloseIcon } from "@/components/desk/icons";
import { REASON_ICON } from "./question-icons";

/**
 * "有疑问 / Question this" on a line of her month (or "work is missing" for the month): a small
 * sheet with the reasons as four big buttons with icons, an optional note, and send. One
 * Idempotency-Key per opened sheet, so a double tap asks once.
 */
export function QuestionSheet({
  locale,
  period,
  lineId,
  lineLabel,
}: {
  locale: string;
  period: string;
  /** null: a question about missing work */
  lineId: string | null;
  lineLabel: string;
}) {
  const t = useTranslations("MeQuestions");
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState("");
  const [reason, setReason] = useState<QuestionReason | null>(lineId ? null : "missing_work");
  const [state, action, pending] = useActionState<AskQuestionState, FormData>(askQuestion, {});
  const id = useId();
  if (state.ok) {
    return (
      <p role="status" className="mt-1 text-sm text-gold-700" data-testid="question-sent">
        {t("sent")}
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => {
          setKey(newQuestionKey());
          setOpen(true);
        }}
        data-testid={lineId ? "question-open" : "question-missing-open"}
        aria-label={lineId ? t("askLabel", { line: lineLabel }) : undefined}
        className="flex min-h-11 items-center gap-1 rounded-full border border-gold-400 px-3 text-sm text-ink hover:bg-gold-100"
      >
        {lineId ? t("ask") : t("askMissing")}
      </button>
    );
  }
  const reasons = lineId ? QUESTION_REASONS.filter((r) => r !== "missing_work") : (["missing_work"] as const);
  return (
    <form action={action} className="mt-2 w-full space-y-3 rounded-2xl border border-gold-400 bg-gold-100 p-3" data-testid="question-sheet" aria-labelledby={`${id}-title`}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 id={`${id}-title`} className="text-lg font-semibold">
            {t("sheetTitle")}
          </h4>
          <p className="text-sm text-ink-muted">{lineId ? t("sheetLine", { line: lineLabel }) : t("sheetMissing")}</p>
        </div>
        <button type="button" onClick={() => setOpen(false)} aria-label={t("cancel")} className="flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-gold-100">
          <CloseIcon size={22} />
        </button>
      </div>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="period" value={period} />
      <input type="hidden" name="ledger_entry_id" value={lineId ?? ""} />
      <input type="hidden" name="key" value={key} />
      <input type="hidden" name="reason" value={reason ?? ""} />
      <fieldset>
        <legend className="sr-only">{t("sheetTitle")}</legend>
        <div className={`grid gap-2 ${reasons.length > 1 ? "grid-cols-2" : "grid-cols-1"}`}>
          {reasons.map((r) => {
            const Icon = REASON_ICON[r];
            const chosen = reason === r;
            return (
              <button
                key={r}
                type="button"
                aria-pressed={chosen}
                onClick={() => setReason(r)}
                data-testid={`question-reason-${r}`}
                className={`flex min-h-16 flex-col items-center justify-center gap-1 rounded-xl border-2 p-2 text-base font-medium ${
                  chosen ? "border-cinnabar-700 bg-white text-cinnabar-700" : "border-gold-400 bg-white text-ink"
                }`}
              >
                <Icon />
                {t(`reasons.${r}`)}
              </button>
            );
          })}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-note`} className="block text-base font-medium">
          {t("note")}
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          maxLength={MAX_NOTE_LENGTH}
          rows={2}
          data-testid="question-note"
          aria-describedby={`${id}-hint${state.error ? ` ${id}-error` : ""}`}
          className="mt-1 block w-full rounded-lg border border-gold-400 bg-white p-2 text-base"
        />
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {t("noteHint", { max: MAX_NOTE_LENGTH })}
        </p>
      </div>
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-cinnabar-700">
          {t(`errors.${state.error}`, { max: MAX_NOTE_LENGTH })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending || !reason}
          data-testid="question-send"
          className="min-h-11 flex-1 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60"
        >
          {t("send")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="min-h-11 rounded-full border border-gold-400 px-4 text-base">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
