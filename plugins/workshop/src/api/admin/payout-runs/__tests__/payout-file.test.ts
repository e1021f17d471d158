import { lineKeyOf, parseCsv, parseLineKey, parseResultsFile, payoutFileCsv, type PayoutFileLine } from "../payout-file"

const line = (overrides: Partial<PayoutFileLine> = {}): PayoutFileLine => ({
  statement_id: "stmt_01JTESTSTATEMENT0000000001",
  period: "2026-05",
  owed: "100.5",
  attempt: 0,
  display_name: "阿兰",
  workshop_handle: "dinghu",
  phone: "+8613800000001",
  account_name: "陈秀兰",
  account: "6222 0202 1234 5678",
  bank_name: "中国农业银行肇庆分行",
  ...overrides,
})

const rowsOf = (csv: string) => {
  const parsed = parseCsv(csv)
  if ("error" in parsed) throw new Error(parsed.error.message)
  return parsed.records.map((r) => r.cells)
}

describe("payout files", () => {
  it("writes each method's layout: BOM, its header, the key first, amounts in yuan with two decimals, CRLF", () => {
    const bank = payoutFileCsv("bank", [line()])
    expect(bank.startsWith("\uFEFF")).toBe(true)
    expect(bank.endsWith("\r\n")).toBe(true)
    const [header, row] = rowsOf(bank)
    expect(header).toEqual(["line_key", "户名 account_name", "开户行 bank_name", "账号 account", "金额 amount", "用途 purpose"])
    expect(row).toEqual([lineKeyOf(line(), "bank"), "陈秀兰", "中国农业银行肇庆分行", "6222 0202 1234 5678", "100.50", "锦绣工钱 2026-05"])

    expect(rowsOf(payoutFileCsv("wechat", [line({ account: "wxid_abc" })]))[0]).toEqual(["line_key", "姓名 name", "微信账户 account", "金额 amount", "备注 memo"])
    expect(rowsOf(payoutFileCsv("alipay", [line()]))[0]).toEqual(["line_key", "姓名 name", "支付宝账户 account", "金额 amount", "备注 memo"])
    const cash = rowsOf(payoutFileCsv("cash", [line({ account: null, bank_name: null })]))
    expect(cash[0]).toEqual(["line_key", "姓名 name", "手机 phone", "工坊 workshop", "金额 amount", "签收 signature"])
    expect(cash[1].slice(1)).toEqual(["陈秀兰", "13800000001", "dinghu", "100.50", ""])
  })

  it("writes a mobile account as 11 digits and neutralises formulas", () => {
    const csv = payoutFileCsv("wechat", [line({ account: "+8613900000002", account_name: "=HYPERLINK(\"x\")" })])
    const dataLine = csv.replace(/^\uFEFF/, "").split("\r\n")[1]
    expect(dataLine).toContain('"13900000002"')
    expect(dataLine).toContain('"\'=HYPERLINK(""x"")"')
  })

  it("gives a statement a new key when its amount or its attempt changes, and refuses keys edited or of another method", () => {
    const key = lineKeyOf(line(), "wechat")
    expect(parseLineKey(key, "wechat")).toEqual({ line_key: key, statement_id: "stmt_01JTESTSTATEMENT0000000001", amount: "100.50", fen: 10050n })
    expect(lineKeyOf(line({ attempt: 2 }), "wechat")).not.toBe(key)
    expect(lineKeyOf(line({ owed: "99" }), "wechat")).not.toBe(key)
    expect(parseLineKey(key, "bank")).toBeNull()
    expect(parseLineKey(key.replace(".10050.", ".20050."), "wechat")).toBeNull()
    expect(parseLineKey("stmt_x", "wechat")).toBeNull()
  })
})

describe("reading CSV", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and skips blank lines", () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\r\n')
    expect(parsed).toEqual({
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["x, y", 'say "hi"'] },
        { line: 4, cells: ["two\nlines", "z"] },
      ],
    })
  })

  it("refuses a NUL, text that isn't UTF-8, an unclosed quote and stray quotes, naming the line", () => {
    const error = (csv: string) => ("error" in parseCsv(csv) ? (parseCsv(csv) as any).error : null)
    expect(error("a\nb\u0000")).toMatchObject({ field: "csv", line: 2 })
    expect(error("a\n\n\uFFFDb")).toMatchObject({ field: "csv", line: 3 })
    expect(error("a\n\uD800")).toMatchObject({ field: "csv", line: 2 })
    expect(error('a\n"open')).toMatchObject({ field: "csv", line: 2 })
    expect(error('a\n"x"y')).toMatchObject({ field: "csv", line: 2 })
    expect(error('a\nx"y"')).toMatchObject({ field: "csv", line: 2 })
    expect(error("a\n\u0000").message).toMatch(/^csv: 第 2 行.* \/ line 2: /)
  })
})

describe("results files", () => {
  const keyA = lineKeyOf(line(), "wechat")
  const keyB = lineKeyOf(line({ statement_id: "stmt_01JTESTSTATEMENT0000000002", owed: "50" }), "wechat")

  it("reads paid and failed lines by column name, in any order, with Chinese words", () => {
    const csv = `状态 status,line_key,失败原因,交易单号\n成功,${keyA},,WX-1\nFAILED,${keyB},账户不存在,\n`
    expect(parseResultsFile(csv, "wechat")).toEqual({
      lines: [
        { line: 2, line_key: keyA, statement_id: "stmt_01JTESTSTATEMENT0000000001", amount: "100.50", fen: 10050n, status: "paid", reference: "WX-1", reason: null },
        { line: 3, line_key: keyB, statement_id: "stmt_01JTESTSTATEMENT0000000002", amount: "50.00", fen: 5000n, status: "failed", reference: null, reason: "账户不存在" },
      ],
    })
  })

  it("takes the payout file itself with a status column added", () => {
    const exported = payoutFileCsv("wechat", [line()]).replace(/\r\n$/, "")
    const [head, row] = exported.split("\r\n")
    const parsed = parseResultsFile(`${head},"status"\r\n${row},"paid"\r\n`, "wechat")
    expect("lines" in parsed && parsed.lines.map((l) => [l.line_key, l.status])).toEqual([[keyA, "paid"]])
  })

  it("refuses the whole file for its first bad line, naming the field and the line", () => {
    const refused = (csv: string, method: "wechat" | "bank" = "wechat") => {
      const parsed = parseResultsFile(csv, method)
      if (!("error" in parsed)) throw new Error("accepted")
      return parsed.error
    }
    expect(refused(`key,status\n${keyA},paid`)).toMatchObject({ field: "line_key", line: 1 })
    expect(refused(`line_key,reference\n${keyA},x`)).toMatchObject({ field: "status", line: 1 })
    expect(refused(`line_key,status\n`)).toMatchObject({ field: "csv", line: 1 })
    expect(refused(``)).toMatchObject({ field: "csv", line: 1 })
    expect(refused(`line_key,status\n${keyA},paid\n${keyB},maybe`)).toMatchObject({ field: "status", line: 3 })
    expect(refused(`line_key,status\n${keyA},failed`)).toMatchObject({ field: "reason", line: 2 })
    expect(refused(`line_key,status\n${keyA},paid`, "bank")).toMatchObject({ field: "line_key", line: 2 })
    expect(refused(`line_key,status\n${keyA},paid\n${keyA},paid`)).toMatchObject({ field: "line_key", line: 3 })
    expect(refused(`line_key,status,reference\n${keyA},paid,${"x".repeat(201)}`)).toMatchObject({ field: "reference", line: 2 })
    expect(refused(`line_key,status\n,paid`).message).toMatch(/^line_key: 第 2 行.* \/ line 2: /)
  })
})
