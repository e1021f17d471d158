import { describe, expect, it } from "vitest"
import { maskAccount, maskName, maskPayoutDetails, payoutDetailsProblems } from "../payout-details"

describe("an account, masked", () => {
  it.each([
    ["6222 0000 0000 1234", "**** **** **** 1234"],
    ["6222000000001234", "************1234"],
    ["wxid_chenxiulan88", "*************an88"],
    ["13800000001", "*******0001"],
    ["chen@example.com", "************.com"],
    ["12345678", "****5678"],
    ["1234567", "*****67"],
    ["12345", "***45"],
    ["1234", "***4"],
    ["12", "*2"],
    ["1", "*"],
    ["", ""],
  ] as const)("%j → %j", (account, masked) => {
    expect(maskAccount(account)).toBe(masked)
  })

  it("never shows more than its last 4 characters", () => {
    for (const account of ["6222 0000 0000 1234", "wxid_abcdefgh", "abcdefg"]) {
      const masked = maskAccount(account)
      expect(masked.length).toBe(account.length)
      expect(masked.replace(/[* ]/g, "").length).toBeLessThanOrEqual(4)
    }
  })
})

describe("a name, masked", () => {
  it.each([
    ["陈秀兰", "陈*兰"],
    ["欧阳秀兰", "欧**兰"],
    ["陈兰", "陈*"],
    ["兰", "*"],
    ["Chen Xiulan", "C*********n"],
    ["", ""],
  ] as const)("%j → %j", (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})

describe("payout details, masked", () => {
  it.each([
    [
      { method: "bank", account_name: "陈秀兰", account: "6222 0000 0000 1234", bank_name: "中国农业银行" },
      { method: "bank", account_name: "陈*兰", account: "**** **** **** 1234", bank_name: "中国农业银行" },
    ],
    [
      { method: "wechat", account_name: "陈兰", account: "wxid_chenlan01", bank_name: null },
      { method: "wechat", account_name: "陈*", account: "**********an01", bank_name: null },
    ],
    [
      { method: "cash", account_name: "陈秀兰", account: null, bank_name: null },
      { method: "cash", account_name: "陈*兰", account: null, bank_name: null },
    ],
  ] as const)("%j", (details, masked) => {
    expect(maskPayoutDetails(details)).toEqual(masked)
  })
})

describe("what each payout method needs", () => {
  it("WeChat Pay and Alipay need an account, a bank transfer the account and the bank, cash nothing", () => {
    expect(payoutDetailsProblems({ method: "wechat", account: "wxid_lan", bank_name: null })).toEqual([])
    expect(payoutDetailsProblems({ method: "alipay", account: "  ", bank_name: null }).map((p) => p.field)).toEqual(["account"])
    expect(payoutDetailsProblems({ method: "bank", account: null, bank_name: null }).map((p) => p.field)).toEqual(["account", "bank_name"])
    expect(payoutDetailsProblems({ method: "bank", account: "6222 0000 0000 1234", bank_name: "农业银行" })).toEqual([])
    expect(payoutDetailsProblems({ method: "cash", account: null, bank_name: null })).toEqual([])
  })

  it("names the field first, in Chinese and English", () => {
    const [problem] = payoutDetailsProblems({ method: "wechat", account: null, bank_name: null })
    expect(problem.message).toMatch(/^account: 需要填写微信号 \/ a WeChat id is required/)
  })
})
