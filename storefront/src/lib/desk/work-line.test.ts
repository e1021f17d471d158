import { describe, expect, it } from "vitest";
import deskZh from "@/messages/zh-CN/desk.json";
import deskEn from "@/messages/en/desk.json";
import { checkDraftLine, isBlankDraft, lineErrorMessage, newIdempotencyKey, type DraftLine, type LineError } from "./work-line";

const draft = (over: Partial<DraftLine> = {}): DraftLine => ({
  artisan_id: "art_1",
  piece_type_id: "ptype_1",
  quantity: "3",
  grade: "A",
  ...over,
});

describe("checkDraftLine", () => {
  it("turns a complete line into what the backend takes", () => {
    expect(checkDraftLine(draft(), 0, "2026-11-30", "2026-11-30")).toEqual({
      line: { artisan_id: "art_1", piece_type_id: "ptype_1", quantity: 3, grade: "A", work_date: "2026-11-30" },
      errors: [],
    });
  });

  it("names each missing field of the line", () => {
    const result = checkDraftLine(draft({ artisan_id: "", piece_type_id: "", quantity: " " }), 2, "2026-11-30", "2026-11-30");
    expect(result.line).toBeNull();
    expect(result.errors.map((e) => [e.index, e.field, e.code])).toEqual([
      [2, "artisan_id", "required"],
      [2, "piece_type_id", "required"],
      [2, "quantity", "required"],
    ]);
  });

  it("checks the quantity as the backend does: a whole number from 1 to 10,000", () => {
    const code = (quantity: string) => checkDraftLine(draft({ quantity }), 0, "2026-11-30", "2026-11-30").errors.map((e) => e.code);
    expect(code("0")).toEqual(["invalid_too_small"]);
    expect(code("10001")).toEqual(["invalid_too_big"]);
    expect(code("2.5")).toEqual(["invalid_invalid_type"]);
    expect(code("-3")).toEqual(["invalid_invalid_type"]);
    expect(code("abc")).toEqual(["invalid_invalid_type"]);
    expect(code("10000")).toEqual([]);
    expect(code("1")).toEqual([]);
  });

  it("refuses a day in the future", () => {
    expect(checkDraftLine(draft(), 0, "2026-12-01", "2026-11-30").errors).toEqual([
      { index: 0, field: "work_date", code: "work_date_in_future", params: { work_date: "2026-12-01" } },
    ]);
  });

  it("knows an untouched line", () => {
    expect(isBlankDraft(draft({ artisan_id: "", piece_type_id: "", quantity: "" }))).toBe(true);
    expect(isBlankDraft(draft({ artisan_id: "", piece_type_id: "", quantity: "2" }))).toBe(false);
  });
});

describe("newIdempotencyKey", () => {
  const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("is a UUID the backend accepts (8-128 letters, digits and dashes), new each time", () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).toMatch(pattern);
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(a).not.toBe(b);
  });

  it("works without crypto.randomUUID (plain http on the workshop's network)", () => {
    const source = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => crypto.getRandomValues(array as never) as T };
    const key = newIdempotencyKey(source);
    expect(key).toMatch(pattern);
    expect(newIdempotencyKey(source)).not.toBe(key);
  });
});

describe("lineErrorMessage", () => {
  const codes: Omit<LineError, "index">[] = [
    { code: "required", field: "artisan_id" },
    { code: "required", field: "piece_type_id" },
    { code: "required", field: "quantity" },
    { code: "artisan_not_found", field: "artisan_id" },
    { code: "piece_type_not_found", field: "piece_type_id" },
    { code: "piece_type_retired", field: "piece_type_id" },
    { code: "piece_type_other_workshop", field: "piece_type_id" },
    { code: "work_date_in_future", field: "work_date", params: { work_date: "2026-12-01" } },
    { code: "work_date_before_joined", field: "work_date", params: { work_date: "2026-01-01", joined_on: "2026-02-01" } },
    { code: "period_closed", field: "work_date", params: { period: "2026-10" } },
    { code: "no_rate", field: "piece_type_id", params: { work_date: "2026-01-01" } },
    { code: "invalid_too_small", field: "quantity" },
    { code: "invalid_too_big", field: "quantity" },
    { code: "invalid_invalid_type", field: "quantity" },
    { code: "invalid_invalid_value", field: "grade" },
    { code: "idempotency_conflict", field: "" },
    { code: "something_new", field: "x", message: "Something new" },
  ];

  it("has words in both languages for every code the backend sends", () => {
    for (const messages of [deskZh, deskEn] as unknown as Record<string, Record<string, string>>[]) {
      for (const error of codes) {
        const { key } = lineErrorMessage({ index: 0, ...error });
        expect(messages.DeskErrors?.[key], `${error.code} -> ${key}`).toEqual(expect.any(String));
      }
    }
  });

  it("passes the backend's params on, and the raw message for codes it doesn't know", () => {
    expect(lineErrorMessage({ index: 0, field: "work_date", code: "period_closed", params: { period: "2026-10" } })).toEqual({
      key: "periodClosed",
      values: { period: "2026-10" },
    });
    expect(lineErrorMessage({ index: 0, field: "x", code: "something_new", message: "Something new" })).toEqual({
      key: "unknown",
      values: { message: "Something new" },
    });
    expect(lineErrorMessage({ index: 0, field: "quantity", code: "invalid_too_big" })).toEqual({
      key: "quantityTooBig",
      values: { maximum: 10000 },
    });
  });
});
