import { describe, expect, it } from "vitest";
import { MAX_SEARCH_LENGTH } from "@jinxiu/workshop/domain/limits";
import { MAX_QUERY_LENGTH, type SearchDocument, normalizeSearchText, parseSearchQuery, rankSearchResults, scoreDocument, searchBoxText } from "./search-text";

const peonyFan: SearchDocument = {
  id: "p_fan",
  languages: [
    { title: "金绣牡丹团扇", subtitle: "真丝扇面 · 盘金牡丹", other: ["竹制扇柄", "真丝、金线、竹"] },
    { title: "Gold Peony Round Fan", subtitle: "Silk face, couched gold peony", other: ["Bamboo handle with tassel."] },
  ],
};
const craneFrame: SearchDocument = {
  id: "p_frame",
  languages: [
    { title: "云鹤延年装裱绣", subtitle: "银线为主 · 清雅", other: ["牡丹纹边框"] },
    { title: "Cranes in the Clouds, Framed", subtitle: "Mostly silver thread", other: ["silk ground"] },
  ],
};
const pouch: SearchDocument = {
  id: "p_pouch",
  languages: [{ title: "荷花香囊", subtitle: "内装艾草与陈皮" }, { title: "Lotus Scent Pouch", subtitle: "Filled with mugwort" }],
};

describe("parseSearchQuery", () => {
  it("normalises case, width and spaces and splits into terms", () => {
    expect(parseSearchQuery("  Ｇｏｌｄ   PEONY ")).toEqual({ ok: true, text: "gold peony", terms: ["gold", "peony"] });
  });

  it("keeps a Chinese query whole", () => {
    expect(parseSearchQuery("牡丹")).toEqual({ ok: true, text: "牡丹", terms: ["牡丹"] });
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
    expect(parseSearchQuery("团扇 🪭\t")).toEqual({ ok: true, text: "团扇 🪭", terms: ["团扇", "🪭"] });
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

describe("scoreDocument", () => {
  it("finds a product by a Chinese word and by an English word", () => {
    expect(scoreDocument(peonyFan, ["牡丹"])).toBeGreaterThan(0);
    expect(scoreDocument(peonyFan, ["peony"])).toBeGreaterThan(0);
    expect(scoreDocument(pouch, ["peony"])).toBe(0);
  });

  it("needs every term, in any language", () => {
    expect(scoreDocument(peonyFan, ["peony", "团扇"])).toBeGreaterThan(0);
    expect(scoreDocument(peonyFan, ["peony", "pouch"])).toBe(0);
  });

  it("weighs a title above a subtitle above other text", () => {
    expect(scoreDocument(peonyFan, ["fan"])).toBe(3);
    expect(scoreDocument(peonyFan, ["couched"])).toBe(2);
    expect(scoreDocument(peonyFan, ["tassel"])).toBe(1);
  });

  it("does not match across two texts", () => {
    // "竹" ends one text and "真丝" starts the next: "竹 真丝" must not be found as one term.
    expect(scoreDocument(peonyFan, ["柄真丝"])).toBe(0);
  });
});

describe("rankSearchResults", () => {
  it("ranks title matches first and keeps catalog order for ties", () => {
    // 牡丹 is in the fan's title and in the frame's other text
    expect(rankSearchResults([craneFrame, peonyFan, pouch], ["牡丹"])).toEqual(["p_fan", "p_frame"]);
    expect(rankSearchResults([craneFrame, peonyFan], ["silk"])).toEqual(["p_fan", "p_frame"]);
  });

  it("adds the backend's matches the shop's matching missed (e.g. a SKU)", () => {
    expect(rankSearchResults([craneFrame, peonyFan, pouch], ["pouch-lotus-red"], ["p_pouch"])).toEqual(["p_pouch"]);
  });

  it("ignores backend ids that are not in the catalog", () => {
    expect(rankSearchResults([pouch], ["zzz"], ["p_gone"])).toEqual([]);
  });
});

describe("normalizeSearchText", () => {
  it("folds full-width characters", () => {
    expect(normalizeSearchText("ＦＡＮ　扇")).toBe("fan 扇");
  });
});
