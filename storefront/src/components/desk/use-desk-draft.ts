"use client";

import { draftTotal } from "@/lib/desk/draft-total";
import { duplicateLines, duplicateSignature } from "@/lib/desk/duplicate-lines";
import { type CoordinatorArtisan, type PieceType } from "@jinxiu/workshop/domain/http";
import { MAX_LINES } from "@jinxiu/workshop/domain/limits";
import { type Money } from "@jinxiu/workshop/domain/money";
import { checkQuantity, type LineError, type WorkLine } from "@jinxiu/workshop/domain/work-lines";
import { useRef, useState } from "react";
import { pieceTypeKeptFor } from "@/lib/desk/piece-type-choices";
import type { QueuedBatch } from "@/lib/desk/queue";
import { checkDraftLine, expectedPay, isBlankDraft, type DraftLine } from "@/lib/desk/work-line";

export type FormLine = DraftLine & { uid: string };

/** What the drafted lines make when she sends them. */
export type ComposedBatch =
  | { kind: "empty" }
  /** `lineCount`: how many lines have something to fix */
  | { kind: "invalid"; lineCount: number }
  /** lines repeating earlier ones, asked about beside them: submitting again sends the batch */
  | { kind: "repeats"; lineCount: number }
  | { kind: "ready"; lines: WorkLine[] };

/** What taking a refused batch back into the form did. */
export type FixOutcome = "form-busy" | "gone" | "fixing";

function blankLine(uid: string, previous?: FormLine): FormLine {
  // A new line keeps the previous line's woman and piece type: one woman's day is usually several lines.
  return {
    uid,
    artisan_id: previous?.artisan_id ?? "",
    piece_type_id: previous?.piece_type_id ?? "",
    quantity: "",
    grade: "A",
    // a supervised trial belongs to her and the piece type, which the new line keeps
    trial: previous?.trial ?? false,
  };
}

/**
 * The desk's form while she types: the work date, the drafted lines, the errors beside them
 * (her phone's checks and the server's, by line index), what the lines should pay, and the batch
 * they make when she sends them.
 */
export function useDeskDraft({
  today,
  artisanById,
  pieceTypeById,
}: {
  today: string;
  artisanById: ReadonlyMap<string, CoordinatorArtisan>;
  pieceTypeById: ReadonlyMap<string, PieceType>;
}) {
  const [workDate, setWorkDate] = useState(today);
  // Line keys: the first line's is fixed (the same on the server and in the browser), later ones count up.
  const uidCounter = useRef(0);
  const newUid = () => `line-${++uidCounter.current}`;
  const [lines, setLines] = useState<FormLine[]>(() => [blankLine("line-0")]);
  const [errors, setErrors] = useState<LineError[]>([]);
  /** the batch whose repeated lines she was asked about (a second "submit" sends exactly it) */
  const [confirmedRepeats, setConfirmedRepeats] = useState<string | null>(null);

  const update = (uid: string, change: Partial<DraftLine>) => {
    // Another woman or piece type is no longer the supervised trial she marked.
    const reset = ("artisan_id" in change || "piece_type_id" in change) && !("trial" in change) ? { trial: false } : {};
    // A woman of another workshop doesn't keep the piece type chosen before her: only her workshop's are offered.
    const changed = (l: FormLine): FormLine => {
      const next = { ...l, ...change, ...reset };
      return "artisan_id" in change ? { ...next, piece_type_id: pieceTypeKeptFor(next.piece_type_id, artisanById.get(next.artisan_id), pieceTypeById) } : next;
    };
    setLines((current) => current.map((l) => (l.uid === uid ? changed(l) : l)));
    // A changed field loses its old error (another woman: the date's too; a trial: the missing skill).
    const index = lines.findIndex((l) => l.uid === uid);
    const fields = Object.keys(change);
    if (index >= 0 && changed(lines[index]).piece_type_id !== lines[index].piece_type_id) fields.push("piece_type_id");
    setErrors((current) =>
      current.filter(
        (e) =>
          !(
            e.index === index &&
            (fields.includes(e.field) ||
              (fields.includes("artisan_id") && e.field === "work_date") ||
              (fields.includes("trial") && e.code === "skill_required"))
          )
      )
    );
  };

  const addLine = () =>
    setLines((current) => (current.length >= MAX_LINES ? current : [...current, blankLine(newUid(), current[current.length - 1])]));

  const removeLine = (uid: string) => {
    const index = lines.findIndex((l) => l.uid === uid);
    setLines((current) => (current.length === 1 ? [blankLine(newUid())] : current.filter((l) => l.uid !== uid)));
    setErrors((current) =>
      current.filter((e) => e.index !== index).map((e) => (e.index !== null && e.index > index ? { ...e, index: e.index - 1 } : e))
    );
  };

  const changeDate = (date: string) => {
    setWorkDate(date);
    setErrors((current) => current.filter((e) => e.field !== "work_date"));
  };

  /** What a drafted line should pay on the form's date, once its piece type and quantity are usable. */
  const expectedOf = (line: DraftLine): Money | null => {
    const quantity = checkQuantity(line.quantity);
    if (!line.piece_type_id || "code" in quantity) return null;
    return expectedPay({ piece_type_id: line.piece_type_id, grade: line.grade, quantity: quantity.quantity, work_date: workDate }, pieceTypeById);
  };

  const filled = lines.filter((l) => !isBlankDraft(l));
  // what the lines she can send should pay: a line with a problem shown beside it counts for nothing
  const expectedTotal = draftTotal(lines, errors, expectedOf);

  /**
   * Checks every line she filled in: a ready batch empties the form; otherwise the blank lines go
   * and each problem is shown beside its line.
   */
  const compose = (): ComposedBatch => {
    const problems: LineError[] = [];
    const ready: WorkLine[] = [];
    const kept: FormLine[] = [];
    lines.forEach((draft) => {
      if (isBlankDraft(draft)) return;
      const index = kept.length;
      kept.push(draft);
      const checked = checkDraftLine(draft, index, workDate, today, artisanById.get(draft.artisan_id));
      if (checked.line) ready.push(checked.line);
      else problems.push(...checked.errors);
    });
    if (!kept.length) {
      setErrors([{ index: 0, field: "artisan_id", code: "required" }]);
      return { kind: "empty" };
    }
    if (problems.length) {
      setLines(kept);
      setErrors(problems);
      return { kind: "invalid", lineCount: new Set(problems.map((p) => p.index)).size };
    }
    // Lines repeating an earlier one are asked about once; pressing "submit" again sends them.
    const repeats = duplicateLines(ready);
    const signature = duplicateSignature(ready);
    if (repeats.length && confirmedRepeats !== signature) {
      setConfirmedRepeats(signature);
      setLines(kept);
      setErrors(repeats);
      return { kind: "repeats", lineCount: repeats.length };
    }
    setConfirmedRepeats(null);
    setErrors([]);
    setLines([blankLine(newUid())]);
    return { kind: "ready", lines: ready };
  };

  /**
   * Brings a refused batch back into the form, after what she is typing when it is for the same
   * day, with the server's errors beside its lines. `take` removes it from the outbox.
   */
  const fixBatch = (batch: QueuedBatch, take: (key: string) => QueuedBatch | null): FixOutcome => {
    const formHasLines = lines.some((l) => !isBlankDraft(l));
    const batchDate = batch.lines[0]?.work_date ?? workDate;
    if (formHasLines && batchDate !== workDate) return "form-busy";
    const taken = take(batch.key);
    if (!taken) return "gone";
    const base = formHasLines ? lines.filter((l) => !isBlankDraft(l)) : [];
    const offset = base.length;
    setWorkDate(batchDate);
    setLines([
      ...base,
      ...taken.lines.map((l) => ({
        uid: newUid(),
        artisan_id: l.artisan_id,
        piece_type_id: l.piece_type_id,
        quantity: String(l.quantity),
        grade: l.grade,
        trial: l.trial === true,
      })),
    ]);
    setErrors((taken.refusal?.errors ?? []).map((e) => ({ ...e, index: e.index === null ? null : e.index + offset })));
    return "fixing";
  };

  return { workDate, changeDate, lines, errors, update, addLine, removeLine, filled, expectedOf, expectedTotal, compose, fixBatch };
}
