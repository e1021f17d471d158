import { describe, expect, it } from "vitest";
import { readGoal } from "./goal";

describe("her goal as she typed it", () => {
  it("full-width digits and commas from a Chinese keyboard are a goal", () => {
    expect(readGoal("３５００")).toEqual({ goal: 3500 });
    expect(readGoal("３，５００")).toEqual({ goal: 3500 });
    expect(readGoal("3,500.5")).toEqual({ goal: 3500.5 });
  });

  it("empty or 0 clears it", () => {
    expect(readGoal("")).toEqual({ goal: null });
    expect(readGoal("  ")).toEqual({ goal: null });
    expect(readGoal("0")).toEqual({ goal: null });
    expect(readGoal("０")).toEqual({ goal: null });
  });

  it("says why it can't be taken: below zero, finer than the fen, too big, not a number", () => {
    expect(readGoal("-5")).toEqual({ problem: "negative" });
    expect(readGoal("12.345")).toEqual({ problem: "decimals" });
    expect(readGoal("100001")).toEqual({ problem: "too_big" });
    expect(readGoal("三千")).toEqual({ problem: "invalid" });
  });
});
