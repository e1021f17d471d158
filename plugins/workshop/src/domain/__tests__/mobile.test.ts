import { mainlandMobileDigits, mainlandMobileE164, mainlandNationalNumber } from "../mobile"

describe("mainland mobile numbers", () => {
  it.each([
    ["13800000001", "13800000001"],
    ["138 0000 0001", "13800000001"],
    ["138-0000-0001", "13800000001"],
    ["138.0000.0001", "13800000001"],
    ["(138) 0000 0001", "13800000001"],
    ["+86 13800000001", "13800000001"],
    ["+86 138 0000 0001", "13800000001"],
    ["0086 13800000001", "13800000001"],
    ["8613800000001", "13800000001"],
    ["+86-199-1234-5678", "19912345678"],
    ["  15912345678  ", "15912345678"],
    ["１３８００００００01", "13800000001"], // full-width digits from a Chinese input method
    ["１３８－００００－０００１", "13800000001"], // full-width dashes too
    ["138\u30000000\u30000001", "13800000001"], // ideographic spaces
  ])("reads %s as %s (E.164 +86… for logins)", (input, digits) => {
    expect(mainlandMobileDigits(input)).toBe(digits)
    expect(mainlandMobileE164(input)).toBe(`+86${digits}`)
  })

  it.each([
    "", // empty
    "1380000000", // 10 digits
    "138000000011", // 12 digits
    "12800000001", // second digit must be 3-9
    "23800000001", // must start with 1
    "+85213800000001", // Hong Kong prefix
    "+1 415 555 0100",
    "138O0000001", // letter O
    "86 1380000000", // 86 and only 10 digits
    "138\u00000000001", // NUL
  ])("refuses %j", (input) => {
    expect(mainlandMobileDigits(input)).toBeNull()
    expect(mainlandMobileE164(input)).toBeNull()
  })

  it("refuses anything that is not a string", () => {
    for (const input of [undefined, null, 13800000001, {}, ["13800000001"]]) {
      expect(mainlandMobileDigits(input)).toBeNull()
    }
  })

  it("writes a stored login number as people dial it", () => {
    expect(mainlandNationalNumber("+8613800000001")).toBe("13800000001")
    expect(mainlandNationalNumber("13800000001")).toBeNull()
    expect(mainlandNationalNumber("+86 138 0000 0001")).toBeNull()
  })
})
