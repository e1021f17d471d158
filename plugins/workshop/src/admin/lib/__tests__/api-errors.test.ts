import { describe, expect, it } from "vitest"
import { inLanguage, readApiError } from "../api-errors"

const words = { required: "必填", invalid: "格式不正确" }

describe("a refusal from our routes, in the admin's language", () => {
  it("takes the half of a message written in both languages", () => {
    expect(inLanguage("应为 1 到 1000 的整数 / must be a whole number from 1 to 1000", "zh-CN")).toBe("应为 1 到 1000 的整数")
    expect(inLanguage("应为 1 到 1000 的整数 / must be a whole number from 1 to 1000", "en")).toBe("must be a whole number from 1 to 1000")
  })

  it("keeps the field's name in front of either half", () => {
    const message = "application: 已录用，绣娘编号 artisan_1 / already hired: artisan artisan_1"
    expect(inLanguage(message, "en")).toBe("application: already hired: artisan artisan_1")
    expect(inLanguage(message, "zh-CN")).toBe("application: 已录用，绣娘编号 artisan_1")
  })

  it("leaves a message in one language as it is", () => {
    expect(inLanguage("Opening with id: opn_1 was not found", "zh-CN")).toBe("Opening with id: opn_1 was not found")
    expect(inLanguage("a / b", "en")).toBe("a / b")
  })

  it("puts each part beside the field it names, without the field's name", () => {
    const message =
      "Invalid request: title_zh: 不能为空 / must not be empty; positions: 应为 1 到 1000 的整数 / must be a whole number from 1 to 1000"
    expect(readApiError(message, ["title_zh", "positions"], "zh-CN", words)).toEqual({
      byField: { title_zh: "不能为空", positions: "应为 1 到 1000 的整数" },
      rest: [],
    })
    expect(readApiError(message, ["title_zh", "positions"], "en", words).byField).toEqual({
      title_zh: "must not be empty",
      positions: "must be a whole number from 1 to 1000",
    })
  })

  it("words Medusa's own messages about a missing or mistyped field", () => {
    const message = "Invalid request: Field 'hours_zh' is required; Expected type: 'number' for field 'capacity', got: 'string'"
    expect(readApiError(message, ["hours_zh", "capacity"], "zh-CN", words).byField).toEqual({ hours_zh: "必填", capacity: "格式不正确" })
  })

  it("keeps what names no field of the form for a toast, in the admin's language", () => {
    const message = "status: 不能从 hired 改为 trial / cannot move from hired to trial"
    expect(readApiError(message, ["note"], "en", words)).toEqual({ byField: {}, rest: ["status: cannot move from hired to trial"] })
    expect(readApiError("Unrecognized fields: 'workshop_id'", ["title_zh"], "zh-CN", words).rest).toEqual(["Unrecognized fields: 'workshop_id'"])
  })

  it("shows the first part about a field when several name it", () => {
    const message = "year: 应为 2000 到 2100 之间的年份 / must be a year from 2000 to 2100; year: 另一条 / another"
    expect(readApiError(message, ["year"], "en", words).byField).toEqual({ year: "must be a year from 2000 to 2100" })
  })
})
