import { describe, expect, it } from "vitest";
import { promoCodeCandidates } from "./promo-code";

describe("the promo code as typed", () => {
  it("tried as typed, then in capitals", () => {
    expect(promoCodeCandidates("jinxiu10")).toEqual(["jinxiu10", "JINXIU10"]);
    expect(promoCodeCandidates(" JINXIU10 ")).toEqual(["JINXIU10"]);
    expect(promoCodeCandidates("ｊｉｎｘｉｕ１０")).toEqual(["jinxiu10", "JINXIU10"]);
  });

  it("nothing typed is no code", () => {
    expect(promoCodeCandidates("   ")).toEqual([]);
  });
});
