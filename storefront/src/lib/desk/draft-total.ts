import { sumMoney, type Money } from "@jinxiu/workshop/domain/money";
import type { LineError } from "@jinxiu/workshop/domain/work-lines";
import { DUPLICATE_LINE } from "./duplicate-lines";
import { isBlankDraft, type DraftLine } from "./work-line";

/**
 * What the desk's "submit N lines · ¥…" button says the batch should pay: the expected pay of
 * every filled line that has no problem shown beside it (a refused quantity of 10001 pieces, a
 * date the server refused) and whose own pay is known.
 */
export function draftTotal(
  lines: readonly DraftLine[],
  errors: readonly Pick<LineError, "index" | "code">[],
  expectedOf: (line: DraftLine) => Money | null,
): Money {
  // a repeated line is asked about, not refused: it still counts
  const withProblem = new Set(errors.filter((e) => e.code !== DUPLICATE_LINE).map((e) => e.index).filter((i): i is number => typeof i === "number"));
  return sumMoney(lines.map((line, index) => (isBlankDraft(line) || withProblem.has(index) ? null : expectedOf(line))));
}
