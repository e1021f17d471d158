import { normalizeMainlandMobile } from "../mainland-mobile"

describe("normalizeMainlandMobile", () => {
  it.each([
    ["13800000001", "+8613800000001"],
    ["138 0000 0001", "+8613800000001"],
    ["138-0000-0001", "+8613800000001"],
    ["+86 13800000001", "+8613800000001"],
    ["+86 138 0000 0001", "+8613800000001"],
    ["8613800000001", "+8613800000001"],
    ["+86-199-1234-5678", "+8619912345678"],
    ["  15912345678  ", "+8615912345678"],
    ["１３８００００００01", "+8613800000001"], // full-width digits from a Chinese input method
    ["138\u30000000\u30000001", "+8613800000001"], // ideographic spaces
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeMainlandMobile(input)).toBe(expected)
  })

  it.each([
    "", // empty
    "1380000000", // 10 digits
    "138000000011", // 12 digits
    "12800000001", // second digit must be 3-9
    "23800000001", // must start with 1
    "+85213800000001", // Hong Kong prefix
    "+1 415 555 0100",
    "0086 13800000001",
    "138.0000.0001",
    "138O0000001", // letter O
  ])("refuses %j", (input) => {
    expect(normalizeMainlandMobile(input)).toBeNull()
  })

  it("refuses anything that is not a string", () => {
    for (const input of [undefined, null, 13800000001, {}, ["13800000001"]]) {
      expect(normalizeMainlandMobile(input)).toBeNull()
    }
  })
})
