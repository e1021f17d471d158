import { describe, expect, it } from "vitest"
import {
  documentGrams,
  hasSearchJunk,
  MAX_SEARCH_TERMS,
  normalizeSearchText,
  queryGrams,
  rankSearchResults,
  scoreDocument,
  searchFieldsOf,
  searchTerms,
  type SearchDocument,
} from "../search"

const peonyFan: SearchDocument = {
  id: "p_fan",
  languages: [
    { title: "金绣牡丹团扇", subtitle: "真丝扇面 · 盘金牡丹", other: ["竹制扇柄", "真丝、金线、竹"] },
    { title: "Gold Peony Round Fan", subtitle: "Silk face, couched gold peony", other: ["Bamboo handle with tassel."] },
  ],
}
const craneFrame: SearchDocument = {
  id: "p_frame",
  languages: [
    { title: "云鹤延年装裱绣", subtitle: "银线为主 · 清雅", other: ["牡丹纹边框"] },
    { title: "Cranes in the Clouds, Framed", subtitle: "Mostly silver thread", other: ["silk ground"] },
  ],
}
const pouch: SearchDocument = {
  id: "p_pouch",
  languages: [{ title: "荷花香囊", subtitle: "内装艾草与陈皮", other: ["POUCH-LOTUS-RED"] }, { title: "Lotus Scent Pouch", subtitle: "Filled with mugwort" }],
}

describe("searchTerms", () => {
  it("normalises case, width and spaces and splits into terms, each once", () => {
    expect(searchTerms("  Ｇｏｌｄ   PEONY gold ")).toEqual(["gold", "peony"])
    expect(searchTerms("牡丹")).toEqual(["牡丹"])
    expect(searchTerms(" \t ")).toEqual([])
  })

  it(`keeps at most ${MAX_SEARCH_TERMS} terms`, () => {
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(MAX_SEARCH_TERMS)
  })

  it("tells junk from text", () => {
    for (const junk of ["\u0000", "牡丹\u0000", "a\u0007b", "\u001b[31m", "\uD800", "x\uDFFFy", "\uFFFF"]) expect(hasSearchJunk(junk)).toBe(true)
    for (const fine of ["团扇 🪭\t", "Gold peony", "ＦＡＮ"]) expect(hasSearchJunk(fine)).toBe(false)
  })
})

describe("scoreDocument", () => {
  it("finds a product by a Chinese word and by an English word", () => {
    expect(scoreDocument(peonyFan, ["牡丹"])).toBeGreaterThan(0)
    expect(scoreDocument(peonyFan, ["peony"])).toBeGreaterThan(0)
    expect(scoreDocument(pouch, ["peony"])).toBe(0)
  })

  it("needs every term, in any language", () => {
    expect(scoreDocument(peonyFan, ["peony", "团扇"])).toBeGreaterThan(0)
    expect(scoreDocument(peonyFan, ["peony", "pouch"])).toBe(0)
  })

  it("weighs a title above a subtitle above other text", () => {
    expect(scoreDocument(peonyFan, ["fan"])).toBe(3)
    expect(scoreDocument(peonyFan, ["couched"])).toBe(2)
    expect(scoreDocument(peonyFan, ["tassel"])).toBe(1)
    expect(scoreDocument(peonyFan, ["fan", "tassel"])).toBe(4)
  })

  it("does not match across two texts", () => {
    // "竹" ends one text and "真丝" starts the next: "柄真丝" must not be found as one term.
    expect(scoreDocument(peonyFan, ["柄真丝"])).toBe(0)
  })

  it("finds a SKU, in any case", () => {
    expect(scoreDocument(pouch, [normalizeSearchText("pouch-lotus-red")])).toBe(1)
  })
})

describe("rankSearchResults", () => {
  it("ranks title matches first and keeps catalog order for ties", () => {
    // 牡丹 is in the fan's title and in the frame's other text
    expect(rankSearchResults([craneFrame, peonyFan, pouch], ["牡丹"])).toEqual(["p_fan", "p_frame"])
    expect(rankSearchResults([craneFrame, peonyFan], ["silk"])).toEqual(["p_fan", "p_frame"])
    expect(rankSearchResults([craneFrame, peonyFan, pouch], ["lotus"])).toEqual(["p_pouch"])
  })
})

describe("normalizeSearchText", () => {
  it("folds full-width characters", () => {
    expect(normalizeSearchText("ＦＡＮ　扇")).toBe("fan 扇")
  })
})

describe("the index's grams", () => {
  it("a document has every character and neighbouring pair of its words, once", () => {
    const grams = documentGrams({ title: "金绣 fan", subtitle: "", other: "扇🪭" })
    expect(grams.sort()).toEqual(["a", "an", "f", "fa", "n", "扇", "扇🪭", "绣", "金", "金绣", "🪭"].sort())
  })

  it("a query needs a one-character term's character and a longer term's pairs", () => {
    expect(queryGrams(["扇"]).sort()).toEqual(["扇"])
    expect(queryGrams(["牡丹", "fan"]).sort()).toEqual(["an", "fa", "牡丹"].sort())
  })

  it("a document matching a term has every gram the term needs (so the index never misses a match)", () => {
    for (const document of [peonyFan, craneFrame, pouch]) {
      const fields = searchFieldsOf(document)
      const grams = new Set(documentGrams(fields))
      for (const text of [fields.title, fields.subtitle, fields.other]) {
        for (const word of text.split(/\s+/)) {
          const chars = Array.from(word)
          for (let from = 0; from < chars.length; from++) {
            for (let to = from + 1; to <= chars.length; to++) {
              const term = chars.slice(from, to).join("")
              expect(scoreDocument(document, [term])).toBeGreaterThan(0)
              for (const gram of queryGrams([term])) expect(grams.has(gram)).toBe(true)
            }
          }
        }
      }
    }
  })
})
