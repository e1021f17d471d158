import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_KEY_SHAPE } from "@jinxiu/workshop/domain/limits";
import { missingWorkQuestions, newQuestionKey, questionState, questionsByLine } from "./question-rules";

const q = (over: { id: string; ledger_entry_id: string | null; status: "open" | "resolved"; created_at: string }) => over;

describe("questions on her month", () => {
  it("shows on each line its open question, else its latest resolved one; missing work names no line", () => {
    const questions = [
      q({ id: "old", ledger_entry_id: "l1", status: "resolved", created_at: "2026-06-01T00:00:00Z" }),
      q({ id: "open", ledger_entry_id: "l1", status: "open", created_at: "2026-05-01T00:00:00Z" }),
      q({ id: "r1", ledger_entry_id: "l2", status: "resolved", created_at: "2026-06-01T00:00:00Z" }),
      q({ id: "r2", ledger_entry_id: "l2", status: "resolved", created_at: "2026-06-03T00:00:00Z" }),
      q({ id: "m2", ledger_entry_id: null, status: "open", created_at: "2026-06-05T00:00:00Z" }),
      q({ id: "m1", ledger_entry_id: null, status: "resolved", created_at: "2026-06-02T00:00:00Z" }),
    ];
    const byLine = questionsByLine(questions);
    expect(byLine.get("l1")?.id).toBe("open");
    expect(byLine.get("l2")?.id).toBe("r2");
    expect(byLine.size).toBe(2);
    expect(missingWorkQuestions(questions).map((x) => x.id)).toEqual(["m1", "m2"]);
  });

  it("names a question's state", () => {
    expect(questionState({ status: "open", resolution: null })).toBe("open");
    expect(questionState({ status: "resolved", resolution: "answer" })).toBe("answered");
    expect(questionState({ status: "resolved", resolution: "correction" })).toBe("corrected");
  });
});

describe("a question's Idempotency-Key", () => {
  it("has the shape the backend takes, and differs each time", () => {
    const a = newQuestionKey();
    const b = newQuestionKey();
    expect(a).toMatch(IDEMPOTENCY_KEY_SHAPE);
    expect(a).not.toBe(b);
    expect(newQuestionKey((bytes) => bytes.fill(255))).toBe(`q-${"ff".repeat(16)}`);
  });
});
