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
})
