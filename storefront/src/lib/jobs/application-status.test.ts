import { describe, expect, it } from "vitest";
import { statusKey, statusProgress } from "./application-status";

describe("her application's progress line", () => {
  it("marks the steps done up to where she is", () => {
    const { steps, notNow } = statusProgress("trial");
    expect(notNow).toBe(false);
    expect(steps.map((s) => [s.state, s.done, s.current])).toEqual([
      ["new", true, false],
      ["contacted", true, false],
      ["trial", true, true],
      ["hired", false, false],
    ]);
  });

  it("shows a new application at the first step and a hire at the last", () => {
    expect(statusProgress("new").steps.filter((s) => s.done).map((s) => s.state)).toEqual(["new"]);
    expect(statusProgress("hired").steps.every((s) => s.done)).toBe(true);
  });

  it("shows 'not now' as no step on the line", () => {
    const { steps, notNow } = statusProgress("not_now");
    expect(notNow).toBe(true);
    expect(steps.some((s) => s.done || s.current)).toBe(false);
  });

  it("shows a state it doesn't know as just applied", () => {
    expect(statusKey("archived")).toBe("new");
    expect(statusKey("not_now")).toBe("not_now");
    expect(statusProgress("archived").steps[0]).toEqual({ state: "new", done: true, current: true });
  });
});
