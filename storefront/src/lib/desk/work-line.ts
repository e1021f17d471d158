/**
 * A line of a coordinator's batch while she types it, turned into what the backend takes
 * (POST /coordinator/work-entries). The rules a line must follow (quantity, grade, the work date
 * against today and the woman's time in the workshop) are the workshop domain's, the same the
 * backend checks, reported with the same `code`s: a line gets the same words beside it whether
 * the phone or the server found the problem.
 */
import { type PieceType } from "@jinxiu/workshop/domain/http";
import { MAX_QUANTITY } from "@jinxiu/workshop/domain/limits";
import { type Money } from "@jinxiu/workshop/domain/money";
import { linePay, rateOn, type Grade } from "@jinxiu/workshop/domain/rates";
import { checkQuantity, checkWorkDate, isGrade, type ArtisanDates, type LineError, type WorkLine } from "@jinxiu/workshop/domain/work-lines";
import type desk from "@/messages/zh-CN/desk.json";

/** A key of the DeskErrors messages. */
export type DeskErrorKey = keyof (typeof desk)["DeskErrors"];

/** A line being typed: anything may still be missing. */
export type DraftLine = {
  artisan_id: string;
  piece_type_id: string;
  quantity: string;
  grade: Grade;
  /** a supervised trial (带教试做): credited though she hasn't the piece type's skill yet */
  trial?: boolean;
};

/**
 * Checks a drafted line and turns it into a WorkLine, or lists what is wrong (field by field).
 * `artisan` (when the desk knows her) lets the date be checked against the day she joined or left.
 */
export function checkDraftLine(
  draft: DraftLine,
  index: number,
  workDate: string,
  today: string,
  artisan?: ArtisanDates | null
): { line: WorkLine; errors: [] } | { line: null; errors: LineError[] } {
  const errors: LineError[] = [];
  if (!draft.artisan_id) errors.push({ index, field: "artisan_id", code: "required" });
  if (!draft.piece_type_id) errors.push({ index, field: "piece_type_id", code: "required" });
  const quantity = checkQuantity(draft.quantity);
  if ("code" in quantity) errors.push({ index, field: "quantity", code: quantity.code, ...(quantity.params ? { params: quantity.params } : {}) });
  if (!isGrade(draft.grade)) errors.push({ index, field: "grade", code: "invalid_invalid_value" });
  const date = checkWorkDate(workDate, today, artisan);
  if (date) errors.push({ index, field: "work_date", code: date.code, params: date.params });
  if (errors.length || "code" in quantity) return { line: null, errors };
  return {
    line: {
      artisan_id: draft.artisan_id,
      piece_type_id: draft.piece_type_id,
      quantity: quantity.quantity,
      grade: draft.grade,
      work_date: workDate,
      ...(draft.trial ? { trial: true } : {}),
    },
    errors: [],
  };
}

/** A drafted line nobody has touched (skipped when the batch is sent). */
export function isBlankDraft(draft: DraftLine): boolean {
  return !draft.artisan_id && !draft.piece_type_id && !draft.quantity.trim();
}

/**
 * What a line not yet confirmed should pay at the rate the desk knows for its day, or null (no
 * such piece type, no rate yet, or a line kept on the phone that is not a whole line). The backend copies the rate in force itself; this is only
 * shown as "expected".
 */
export function expectedPay(
  line: Pick<WorkLine, "piece_type_id" | "grade" | "quantity" | "work_date">,
  pieceTypes: ReadonlyMap<string, Pick<PieceType, "rates">>
): Money | null {
  const pieceType = pieceTypes.get(line.piece_type_id);
  if (!pieceType || !Number.isSafeInteger(line.quantity) || !isGrade(line.grade)) return null;
  return linePay(rateOn(pieceType.rates, line.work_date), line.grade, line.quantity)?.amount ?? null;
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
    case "invalid_date":
      return { key: camel(error.code) as DeskErrorKey, values };
    case "work_date_after_left":
      return { key: values.left_on ? "workDateAfterLeft" : "workDateAfterLeftUndated", values };
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
    case "duplicate_line":
      return { key: "duplicateLine", values };
    case "skill_required":
      // the backend names the skill the piece type requires (its code)
      return typeof values.skill === "string" && values.skill
        ? { key: "skillRequired", values: { skill: values.skill } }
        : { key: "skillRequiredUnnamed", values: {} };
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
