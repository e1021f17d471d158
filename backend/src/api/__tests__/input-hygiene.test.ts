import { findMalformedText, malformedInputOf, MAX_INPUT_DEPTH } from "../input-hygiene"

describe("text that never reaches PostgreSQL", () => {
  it("finds a NUL or a lone surrogate anywhere in a body, and says where", () => {
    expect(findMalformedText({ lines: [{ artisan_id: "art_1" }, { artisan_id: "\u0000" }] }, "body")).toEqual({
      field: "body.lines[1].artisan_id",
      problem: expect.stringContaining("NUL"),
    })
    expect(findMalformedText({ note: "a\uD800b" }, "body")?.field).toBe("body.note")
    expect(findMalformedText({ note: "\uDC00" }, "body")?.field).toBe("body.note")
    expect(findMalformedText({ ["bad\u0000key"]: 1 }, "body")?.field).toBe("body (a key)")
  })

  it("lets ordinary text through, Chinese, emoji (a proper surrogate pair) and all", () => {
    expect(findMalformedText({ name: "陈阿兰", story: "金绣团扇 🪭", n: 3, ok: true, none: null, list: ["a", "b"] }, "body")).toBeNull()
    expect(findMalformedText(undefined, "body")).toBeNull()
  })

  it("refuses bodies nested deeper than anything we accept", () => {
    let deep: unknown = "x"
    for (let i = 0; i < MAX_INPUT_DEPTH + 2; i++) deep = [deep]
    expect(findMalformedText(deep, "body")?.problem).toMatch(/deeper/)
  })

  it("checks the decoded path, then the query, then the body", () => {
    expect(malformedInputOf({ path: "/store/makers/%00" })?.field).toBe("path")
    expect(malformedInputOf({ path: "/store/makers/%E0%A4%A" })?.problem).toMatch(/percent-encoding/)
    // a surrogate encoded as UTF-8 is not UTF-8: refused as malformed
    expect(malformedInputOf({ path: "/store/makers/%ED%A0%80" })?.field).toBe("path")
    expect(malformedInputOf({ path: "/admin/artisans", query: { q: "\u0000" } })).toEqual({ field: "query.q", problem: expect.stringContaining("NUL") })
    expect(malformedInputOf({ path: "/store/products/%E9%87%91%E7%BB%A3", query: { fields: ["id", "title"] }, body: { a: "b" } })).toBeNull()
  })

  it("takes no body, an object or raw bytes, and refuses anything else as the body", () => {
    for (const body of [undefined, "", {}, { a: 1 }, new Uint8Array([1, 2])]) {
      expect(malformedInputOf({ path: "/admin/workshops", body })).toBeNull()
    }
    for (const body of [[], [{ a: 1 }], "text", 3, true, null]) {
      expect(malformedInputOf({ path: "/admin/workshops", body })).toEqual({ field: "body", problem: expect.stringContaining("JSON object") })
    }
  })

  it("refuses keys that name built-ins of every object, at any depth, naming them", () => {
    expect(findMalformedText(JSON.parse('{"__proto__": {"admin": true}}'), "body")?.field).toBe("body.__proto__")
    expect(findMalformedText({ name_zh: { toString: "x" } }, "body")?.field).toBe("body.name_zh.toString")
    expect(findMalformedText({ lines: [{ constructor: 1 }] }, "body")?.field).toBe("body.lines[0].constructor")
    expect(findMalformedText({ prototype: 1 }, "query")?.field).toBe("query.prototype")
    expect(findMalformedText({ metadata: { color: "red", toStringy: 1 } }, "body")).toBeNull()
  })

  it("takes limit and offset only as whole numbers in digits, and query keys at most two levels deep", () => {
    for (const query of [{ limit: "20" }, { offset: "0", limit: "9007199254740991" }, {}]) {
      expect(malformedInputOf({ path: "/store/products", query })).toBeNull()
    }
    for (const [key, value] of [["limit", "-1"], ["limit", "1.5"], ["offset", "1e308"], ["offset", "9007199254740993"], ["limit", ""], ["limit", ["1", "2"]]] as const) {
      expect(malformedInputOf({ path: "/store/products", query: { [key]: value } })).toEqual({ field: `query.${key}`, problem: expect.any(String) })
    }
    expect(malformedInputOf({ path: "/store/products", query: { "a.b.c": "1" } })?.field).toBe("query.a.b.c")
    expect(malformedInputOf({ path: "/store/products", query: { "variants.sku": "1" } })).toBeNull()
  })
})
