import { MAX_REASON_LENGTH } from "@jinxiu/workshop/domain/limits";
import { describe, expect, it } from "vitest";
import { checkReversalReason } from "./reversal-reason";

describe("a reversal's reason", () => {
  it("empty or only spaces: the same message", () => {
    expect(checkReversalReason("")).toBe("reason");
    expect(checkReversalReason("   \u3000 ")).toBe("reason");
  });

  it("at most MAX_REASON_LENGTH characters (counted as she sees them)", () => {
    expect(checkReversalReason("记错了数量")).toBeNull();
    expect(checkReversalReason("错".repeat(MAX_REASON_LENGTH))).toBeNull();
    expect(checkReversalReason("错".repeat(MAX_REASON_LENGTH + 1))).toBe("reason_too_long");
  });
});
