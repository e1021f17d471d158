import type { LineError, WorkLine } from "@jinxiu/workshop/domain/work-lines";

/** The code of a line that repeats an earlier one: a question, not a refusal. */
export const DUPLICATE_LINE = "duplicate_line";

/**
 * Lines of a batch that repeat an earlier line (the same woman, piece type, grade and date), each
 * with the number of the line it repeats (1 for the first line), as questions to put beside them:
 * "the same as line 1, are you sure?". Two such lines are usually one typed twice; sometimes she
 * really made two lots, so the desk asks rather than refuses.
 */
export function duplicateLines(lines: readonly Pick<WorkLine, "artisan_id" | "piece_type_id" | "grade" | "work_date">[]): LineError[] {
  const first = new Map<string, number>();
  const repeats: LineError[] = [];
  lines.forEach((line, index) => {
    const key = [line.artisan_id, line.piece_type_id, line.grade, line.work_date].join("\u0000");
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else repeats.push({ index, field: "artisan_id", code: DUPLICATE_LINE, params: { first: earlier + 1 } });
  });
  return repeats;
}

/** What identifies a batch's repeated lines, so a second press of "submit" confirms exactly them. */
export function duplicateSignature(lines: readonly WorkLine[]): string {
  return JSON.stringify(lines.map((l) => [l.artisan_id, l.piece_type_id, l.grade, l.work_date, l.quantity, l.trial === true]));
}
