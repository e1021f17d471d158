import { describe, expect, it } from "vitest";
import { MAX_SEARCH_LENGTH } from "@jinxiu/workshop/domain/limits";
import { MAX_QUERY_LENGTH, normalizeSearchText, parseSearchQuery, searchBoxText } from "./search-text";

// How a match scores and ranks is the plugin's domain (search.ts, tested there), run by the
// backend in PostgreSQL (backend/integration-tests/http/product-search.test.ts).

describe("parseSearchQuery", () => {
  it("normalises case, width and spaces and splits into terms", () => {
    expect(parseSearchQuery("  Ｇｏｌｄ   PEONY ")).toEqual({ ok: true, text: "gold peony", shown: "Ｇｏｌｄ PEONY", terms: ["gold", "peony"] });
  });

  it("keeps a Chinese query whole", () => {
    expect(parseSearchQuery("牡丹")).toEqual({ ok: true, text: "牡丹", shown: "牡丹", terms: ["牡丹"] });
  });

  it("says why it can't search", () => {
    expect(parseSearchQuery("   ")).toEqual({ ok: false, reason: "empty" });
    expect(parseSearchQuery(undefined)).toEqual({ ok: false, reason: "empty" });
    expect(parseSearchQuery("x".repeat(101))).toEqual({ ok: false, reason: "too_long" });
  });

  it("takes junk (NUL, control characters, broken Unicode) and floods as nothing to search, never an error", () => {
    for (const junk of ["\u0000", "牡丹\u0000", "a\u0007b", "\u001b[31m", "\uD800", "x\uDFFFy", "\uFFFF"]) {
      expect(parseSearchQuery(junk)).toEqual({ ok: false, reason: "junk" });
    }
    expect(parseSearchQuery("x".repeat(10_000))).toEqual({ ok: false, reason: "too_long" });
    expect(parseSearchQuery(`${"x".repeat(10_000)}\u0000`)).toEqual({ ok: false, reason: "junk" });
    expect(parseSearchQuery(["\u0000", "fan"])).toEqual({ ok: false, reason: "junk" });
    // an emoji (a surrogate pair) and tabs are not junk
    expect(parseSearchQuery("团扇 🪭\t")).toEqual({ ok: true, text: "团扇 🪭", shown: "团扇 🪭", terms: ["团扇", "🪭"] });
  });

  it("has the backend's search limit, and puts junk back in the box cleaned and cut to it", () => {
    expect(MAX_QUERY_LENGTH).toBe(MAX_SEARCH_LENGTH);
    expect(parseSearchQuery("x".repeat(MAX_SEARCH_LENGTH))).toMatchObject({ ok: true });
    expect(searchBoxText("牡\u0000丹\uD800")).toBe("牡丹");
    expect(searchBoxText("x".repeat(10_000))).toHaveLength(MAX_SEARCH_LENGTH);
    expect(searchBoxText(undefined)).toBe("");
  });

  it("takes the first of repeated params", () => {
    expect(parseSearchQuery(["fan", "pouch"])).toMatchObject({ terms: ["fan"] });
  });
});

describe("normalizeSearchText", () => {
  it("folds full-width characters", () => {
    expect(normalizeSearchText("ＦＡＮ　扇")).toBe("fan 扇");
  });
});

describe("what the page says back", () => {
  it("the words as she typed them (not lower-cased), spaces tidied; `%` and `_` are characters like any other", () => {
    const peony = parseSearchQuery("  Peony   FAN ");
    expect(peony.ok && peony.shown).toBe("Peony FAN");
    expect(peony.ok && peony.terms).toEqual(["peony", "fan"]);
    const percent = parseSearchQuery("%");
    expect(percent).toEqual({ ok: true, text: "%", shown: "%", terms: ["%"] });
    const underscore = parseSearchQuery("a_b");
    expect(underscore.ok && underscore.terms).toEqual(["a_b"]);
  });
});

