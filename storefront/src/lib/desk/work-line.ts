/**
 * One line of a coordinator's batch, as the backend takes it (POST /coordinator/work-entries:
 * strict, exactly these fields), and the checks the desk makes before a line is queued. The checks
 * are the backend's own rules, reported with the same `code`s, so a line gets the same words
 * beside it whether the phone or the server found the problem.
 */
import type desk from "@/messages/zh-CN/desk.json";

export type Grade = "A" | "B" | "R";

/** A key of the DeskErrors messages. */
export type DeskErrorKey = keyof (typeof desk)["DeskErrors"];
export const GRADES: readonly Grade[] = ["A", "B", "R"];

export type WorkLine = {
  artisan_id: string;
  piece_type_id: string;
  quantity: number;
  grade: Grade;
  work_date: string;
};

/** A problem with one line (index) or with the whole batch (index null), as the backend reports it. */
export type LineError = {
  index: number | null;
  field: string;
  code: string;
  message?: string;
  params?: Record<string, string | number>;
};

export const MAX_QUANTITY = 10_000;
export const MAX_LINES = 500;

/** A line being typed: anything may still be missing. */
export type DraftLine = {
  artisan_id: string;
  piece_type_id: string;
  quantity: string;
  grade: Grade;
};

/** Checks a drafted line and turns it into a WorkLine, or lists what is wrong (field by field). */
export function checkDraftLine(
  draft: DraftLine,
  index: number,
  workDate: string,
  today: string
): { line: WorkLine; errors: [] } | { line: null; errors: LineError[] } {
  const errors: LineError[] = [];
  if (!draft.artisan_id) errors.push({ index, field: "artisan_id", code: "required" });
  if (!draft.piece_type_id) errors.push({ index, field: "piece_type_id", code: "required" });
  const text = draft.quantity.trim();
  const quantity = Number(text);
  if (!text) {
    errors.push({ index, field: "quantity", code: "required" });
  } else if (!/^\d+$/.test(text) || !Number.isSafeInteger(quantity)) {
    errors.push({ index, field: "quantity", code: "invalid_invalid_type" });
  } else if (quantity < 1) {
    errors.push({ index, field: "quantity", code: "invalid_too_small", params: { minimum: 1 } });
  } else if (quantity > MAX_QUANTITY) {
    errors.push({ index, field: "quantity", code: "invalid_too_big", params: { maximum: MAX_QUANTITY } });
  }
  if (!GRADES.includes(draft.grade)) errors.push({ index, field: "grade", code: "invalid_invalid_value" });
  if (workDate > today) {
    errors.push({ index, field: "work_date", code: "work_date_in_future", params: { work_date: workDate } });
  }
  if (errors.length) return { line: null, errors };
  return {
    line: {
      artisan_id: draft.artisan_id,
      piece_type_id: draft.piece_type_id,
      quantity,
      grade: draft.grade,
      work_date: workDate,
    },
    errors: [],
  };
}

/** A drafted line nobody has touched (skipped when the batch is sent). */
export function isBlankDraft(draft: DraftLine): boolean {
  return !draft.artisan_id && !draft.piece_type_id && !draft.quantity.trim();
}

/**
 * A fresh Idempotency-Key for a batch: a random UUID. crypto.randomUUID exists only in secure
 * contexts (https, localhost); a phone opening the desk over plain http on the workshop's network
 * gets the same kind of key from crypto.getRandomValues.
 */
export function newIdempotencyKey(source: Pick<Crypto, "getRandomValues"> & Partial<Pick<Crypto, "randomUUID">> = crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The message key (namespace DeskErrors) and values for one line error, in the coordinator's language. */
export function lineErrorMessage(error: LineError): { key: DeskErrorKey; values: Record<string, string | number> } {
  const values: Record<string, string | number> = { ...(error.params ?? {}) };
  const field = error.field;
  switch (error.code) {
    case "required":
      return { key: field === "artisan_id" ? "pickArtisan" : field === "piece_type_id" ? "pickPieceType" : "quantityRequired", values };
    case "artisan_not_found":
    case "piece_type_not_found":
    case "piece_type_retired":
    case "piece_type_other_workshop":
    case "work_date_in_future":
    case "work_date_before_joined":
    case "period_closed":
    case "no_rate":
      return { key: camel(error.code) as DeskErrorKey, values };
    case "invalid_too_small":
      return field === "quantity" ? { key: "quantityTooSmall", values: { minimum: 1, ...values } } : unknown(error);
    case "invalid_too_big":
      return field === "quantity" ? { key: "quantityTooBig", values: { maximum: MAX_QUANTITY, ...values } } : unknown(error);
    case "invalid_invalid_type":
      return field === "quantity" ? { key: "quantityWhole", values } : unknown(error);
    case "invalid_invalid_value":
      return field === "grade" ? { key: "pickGrade", values } : unknown(error);
    case "idempotency_conflict":
      return { key: "idempotencyConflict", values };
    default:
      return unknown(error);
  }
}

function unknown(error: LineError): { key: DeskErrorKey; values: Record<string, string | number> } {
  return { key: "unknown", values: { message: error.message ?? error.code } };
}

function camel(code: string): string {
  return code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
