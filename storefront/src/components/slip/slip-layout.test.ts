import { describe, expect, it } from "vitest";
import { SLIP_FONT_STACK, slipLayoutOf, slipStylesheet } from "./slip-layout";

describe("a slip's paper", () => {
  it("is A4 unless the narrow receipt is asked for", () => {
    expect(slipLayoutOf("receipt")).toBe("receipt");
    expect(slipLayoutOf(undefined)).toBe("a4");
    expect(slipLayoutOf("a4")).toBe("a4");
    expect(slipLayoutOf(["receipt", "a4"])).toBe("a4");
    expect(slipLayoutOf("<script>")).toBe("a4");
  });

  it("prints at the paper's size, in a font stack with Noto Sans CJK SC first, leaving the site's header and tabs off", () => {
    expect(slipStylesheet("a4")).toContain("@page { size: A4;");
    expect(slipStylesheet("receipt")).toContain("@page { size: 80mm 297mm;");
    expect(SLIP_FONT_STACK.startsWith('"Noto Sans CJK SC"')).toBe(true);
    const print = slipStylesheet("a4").split("@media print")[1];
    expect(print).toMatch(/body header, body nav, a\[href="#main"\], \.slip-no-print \{ display: none !important; \}/);
  });
});
