import { statementsCsv } from "../csv"

const row = (overrides: Record<string, unknown> = {}) => ({
  period: "2026-10",
  workshop_handle: "dinghu",
  workshop_name: "鼎湖",
  artisan_id: "artisan_1",
  display_name: "阿兰",
  legal_name: "李兰",
  phone: "+8613800000001",
  net_total: "50.00",
  ...overrides,
})

const cells = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n")[1].split(",")
const header = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n")[0].split(",")
const cellOf = (csv: string, column: string) => cells(csv)[header(csv).indexOf(column)]

describe("statements CSV", () => {
  it("writes when a month was paid in China time, to the minute, not in UTC", () => {
    expect(cellOf(statementsCsv([row({ paid_at: new Date("2026-11-05T02:00:00Z") })]), "paid_at")).toBe('"2026-11-05 10:00"')
    // 17:30 UTC is already the next day in China
    expect(cellOf(statementsCsv([row({ paid_at: new Date("2026-11-04T17:30:00Z") })]), "paid_at")).toBe('"2026-11-05 01:30"')
    // as ISO text too (how a raw query may give it)
    expect(cellOf(statementsCsv([row({ paid_at: "2026-11-05T02:00:00.000Z" })]), "paid_at")).toBe('"2026-11-05 10:00"')
  })

  it("writes a mainland mobile as its plain 11 digits", () => {
    expect(cellOf(statementsCsv([row()]), "phone")).toBe('"13800000001"')
  })

  it("still neutralises formulas everywhere else, and a phone that isn't a mainland mobile", () => {
    const csv = statementsCsv([row({ display_name: "=HYPERLINK(\"x\")", legal_name: "+1+1", phone: "+12025550123" })])
    expect(cellOf(csv, "display_name")).toBe('"\'=HYPERLINK(""x"")"')
    expect(cellOf(csv, "legal_name")).toBe('"\'+1+1"')
    expect(cellOf(csv, "phone")).toBe('"\'+12025550123"')
  })

  it("keeps amounts as numbers, negative ones included", () => {
    expect(cellOf(statementsCsv([row({ net_total: "-12.50" })]), "net_total")).toBe('"-12.50"')
  })
})
