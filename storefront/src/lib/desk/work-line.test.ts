import { describe, expect, it } from "vitest";
import deskZh from "@/messages/zh-CN/desk.json";
import deskEn from "@/messages/en/desk.json";
import type { PieceType } from "@jinxiu/workshop/domain/http";
import type { LineError } from "@jinxiu/workshop/domain/work-lines";
import { checkDraftLine, expectedPay, isBlankDraft, lineErrorMessage, newIdempotencyKey, type DraftLine } from "./work-line";

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

  it("puts the backend's quantity rule beside the quantity: a whole number from 1 to 10,000", () => {
    const errors = (quantity: string) => checkDraftLine(draft({ quantity }), 4, "2026-11-30", "2026-11-30").errors;
    expect(errors("0")).toEqual([{ index: 4, field: "quantity", code: "invalid_too_small", params: { minimum: 1 } }]);
    expect(errors("10001")).toEqual([{ index: 4, field: "quantity", code: "invalid_too_big", params: { maximum: 10000 } }]);
    expect(errors("2.5")).toEqual([{ index: 4, field: "quantity", code: "invalid_invalid_type" }]);
    expect(errors(" 12 ")).toEqual([]);
    expect(checkDraftLine(draft({ quantity: " 12 " }), 0, "2026-11-30", "2026-11-30").line?.quantity).toBe(12);
  });

  it("refuses a day in the future, and a day outside her time in the workshop", () => {
    expect(checkDraftLine(draft(), 0, "2026-12-01", "2026-11-30").errors).toEqual([
      { index: 0, field: "work_date", code: "work_date_in_future", params: { work_date: "2026-12-01" } },
    ]);
    const joined = { joined_on: "2026-11-10", status: "active", left_on: null };
    expect(checkDraftLine(draft(), 1, "2026-11-09", "2026-11-30", joined).errors).toEqual([
      { index: 1, field: "work_date", code: "work_date_before_joined", params: { work_date: "2026-11-09", joined_on: "2026-11-10" } },
    ]);
    const left = { joined_on: "2024-01-01", status: "left", left_on: "2026-11-20" };
    expect(checkDraftLine(draft(), 0, "2026-11-20", "2026-11-30", left).errors).toEqual([]);
    expect(checkDraftLine(draft(), 0, "2026-11-21", "2026-11-30", left).errors).toEqual([
      { index: 0, field: "work_date", code: "work_date_after_left", params: { work_date: "2026-11-21", left_on: "2026-11-20" } },
    ]);
  });

  it("knows an untouched line", () => {
    expect(isBlankDraft(draft({ artisan_id: "", piece_type_id: "", quantity: "" }))).toBe(true);
    expect(isBlankDraft(draft({ artisan_id: "", piece_type_id: "", quantity: "2" }))).toBe(false);
  });
});

describe("expectedPay", () => {
  const rates = [
    { effective_from: "2026-09-01", rate_a: 22, rate_b: 16.5 },
    { effective_from: "2024-01-01", rate_a: "20.00", rate_b: "15.00" },
  ];
  const pieceTypes = new Map<string, Pick<PieceType, "rates">>([["p", { rates }]]);
  const line = { piece_type_id: "p", quantity: 4, grade: "B" as const, work_date: "2026-08-15" };

  it("prices a waiting line at the rate of its own day", () => {
    expect(expectedPay(line, pieceTypes)).toBe("60.00");
    expect(expectedPay({ ...line, work_date: "2026-11-30" }, pieceTypes)).toBe("66.00");
    expect(expectedPay({ ...line, grade: "R" }, pieceTypes)).toBe("0.00");
  });

  it("has no figure without the piece type, a rate on the day, or a whole line", () => {
    expect(expectedPay({ ...line, piece_type_id: "other" }, pieceTypes)).toBeNull();
    expect(expectedPay({ ...line, work_date: "2023-12-31" }, pieceTypes)).toBeNull();
    expect(expectedPay({ ...line, quantity: 2.5 }, pieceTypes)).toBeNull();
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
    { code: "work_date_after_left", field: "work_date", params: { work_date: "2026-03-02", left_on: "2026-03-01" } },
    { code: "work_date_after_left", field: "work_date", params: { work_date: "2026-03-02", left_on: "" } },
    { code: "invalid_date", field: "work_date", params: { work_date: "2026-02-30" } },
    { code: "period_closed", field: "work_date", params: { period: "2026-10" } },
    { code: "no_rate", field: "piece_type_id", params: { work_date: "2026-01-01" } },
    { code: "invalid_too_small", field: "quantity" },
    { code: "invalid_too_big", field: "quantity" },
    { code: "invalid_invalid_type", field: "quantity" },
    { code: "invalid_invalid_value", field: "grade" },
    { code: "idempotency_conflict", field: "" },
    { code: "skill_required", field: "piece_type_id", params: { skill: "couching" } },
    { code: "skill_required", field: "piece_type_id" },
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
    expect(lineErrorMessage({ index: 0, field: "work_date", code: "work_date_after_left", params: { work_date: "2026-03-02", left_on: "2026-03-01" } })).toEqual({
      key: "workDateAfterLeft",
      values: { work_date: "2026-03-02", left_on: "2026-03-01" },
    });
    expect(lineErrorMessage({ index: 0, field: "work_date", code: "work_date_after_left", params: { work_date: "2026-03-02", left_on: "" } }).key).toBe(
      "workDateAfterLeftUndated"
    );
    expect(lineErrorMessage({ index: 0, field: "quantity", code: "invalid_too_big" })).toEqual({
      key: "quantityTooBig",
      values: { maximum: 10000 },
    });
  });
});

describe("the skill a piece type requires", () => {
  it("names the missing skill the backend gives, and says what she can do", () => {
    const refusal: LineError = { index: 1, field: "piece_type_id", code: "skill_required", message: "needs couching", params: { skill: "couching" } };
    expect(lineErrorMessage(refusal)).toEqual({ key: "skillRequired", values: { skill: "couching" } });
    expect(deskZh.DeskErrors.skillRequired.replace("{skill}", "盘金")).toBe("她还没有「盘金」技能：先参加培训，或标为「带教试做」。");
    expect(deskEn.DeskErrors.skillRequired).toContain("{skill}");
    expect(deskEn.DeskErrors.skillRequired).toContain(deskEn.DeskToday.trial);
    expect(deskZh.DeskErrors.skillRequired).toContain(deskZh.DeskToday.trial);
  });

  it("still says what is wrong when the backend names no skill", () => {
    expect(lineErrorMessage({ index: 0, field: "piece_type_id", code: "skill_required" })).toEqual({ key: "skillRequiredUnnamed", values: {} });
    expect(lineErrorMessage({ index: 0, field: "piece_type_id", code: "skill_required", params: { skill: "" } }).key).toBe("skillRequiredUnnamed");
  });

  it("a line marked as a supervised trial goes to the backend with trial: true, and an ordinary line without it", () => {
    expect(checkDraftLine(draft({ trial: true }), 0, "2026-11-30", "2026-11-30").line).toEqual({
      artisan_id: "art_1",
      piece_type_id: "ptype_1",
      quantity: 3,
      grade: "A",
      work_date: "2026-11-30",
      trial: true,
    });
    expect(checkDraftLine(draft({ trial: false }), 0, "2026-11-30", "2026-11-30").line).not.toHaveProperty("trial");
  });
});
