import { describe, expect, it } from "vitest";
import { isUsableSegment } from "./shop-params";

describe("a URL segment that could name a record", () => {
  it("takes ordinary handles and ids, Chinese ones too", () => {
    for (const ok of ["gold-fan", "prod_01JABC", "金绣团扇", ["a", "b"], undefined]) expect(isUsableSegment(ok)).toBe(true);
  });

  it("refuses NUL, broken Unicode and absurd lengths, so the page is a 404 and never a 500", () => {
    for (const bad of ["\u0000", "fan\u0000", "\uD800", "a\uDC00", "x".repeat(201), ["ok", "\u0000"]]) expect(isUsableSegment(bad)).toBe(false);
  });
});
