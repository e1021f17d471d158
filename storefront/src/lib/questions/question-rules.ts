import type { StatementQuestion } from "@jinxiu/workshop/domain/statement-questions";

/** Her sheet's and the desk's forms are read by the domain's rules, the same the admin uses. */
export { readAskForm, readResolveForm, type AskForm, type ResolveBody } from "@jinxiu/workshop/domain/statement-questions";

/**
 * The rules her month page and the desk apply to questions before anything is sent (the backend
 * checks the same limits, from the same domain): which question a line shows, what state it is in,
 * and whether a form is complete.
 */

/** What a line (or her month) shows of a question: waiting, answered, or corrected. */
export type QuestionState = "open" | "answered" | "corrected";

export function questionState(q: Pick<StatementQuestion, "status" | "resolution">): QuestionState {
  if (q.status === "open") return "open";
  return q.resolution === "correction" ? "corrected" : "answered";
}

/**
 * The question each line shows: an open one if there is one, else the latest resolved one. Lines
 * without a question are not in the map; questions about missing work name no line.
 */
export function questionsByLine<Q extends Pick<StatementQuestion, "ledger_entry_id" | "status" | "created_at">>(questions: Q[]): Map<string, Q> {
  const byLine = new Map<string, Q>();
  for (const q of questions) {
    if (!q.ledger_entry_id) continue;
    const shown = byLine.get(q.ledger_entry_id);
    const better = !shown || (q.status === "open" && shown.status !== "open") || (q.status === shown.status && q.created_at > shown.created_at);
    if (better) byLine.set(q.ledger_entry_id, q);
  }
  return byLine;
}

/** Her questions about missing work (no line), oldest first. */
export function missingWorkQuestions<Q extends Pick<StatementQuestion, "ledger_entry_id" | "created_at">>(questions: Q[]): Q[] {
  return questions.filter((q) => !q.ledger_entry_id).sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/**
 * A new Idempotency-Key for one question, made when her sheet opens: 32 hex characters from the
 * browser's random source (getRandomValues works on plain http too, unlike randomUUID).
 */
export function newQuestionKey(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return `q-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
