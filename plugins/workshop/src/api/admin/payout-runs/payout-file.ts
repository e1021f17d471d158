/**
 * The payout run's files: the payout file written for each method (what the bank's or WeChat's
 * batch tool reads), and the results file read back. Pure: no database, no request.
 *
 * Every payout file is CSV, UTF-8 with a BOM, CRLF, every cell quoted, formulas neutralised (the
 * rule of the statements CSV). Each line starts with its `line_key`, which the results file must
 * bring back: `<statement id>.<amount in fen>.<attempt>.<check>` (the attempt counts the payout
 * facts already on the statement, so a statement exported again after a failed transfer gets a
 * new key; the check is a hash over the rest and the method, so a key that was edited, or that
 * comes from another method's file, is refused). Amounts are yuan with two decimals.
 *
 * Layouts (header cells as written; Chinese first, then the column's English name):
 * - wechat: line_key, 姓名 name, 微信账户 account, 金额 amount, 备注 memo
 * - alipay: line_key, 姓名 name, 支付宝账户 account, 金额 amount, 备注 memo
 * - bank:   line_key, 户名 account_name, 开户行 bank_name, 账号 account, 金额 amount, 用途 purpose
 * - cash:   line_key, 姓名 name, 手机 phone, 工坊 workshop, 金额 amount, 签收 signature (left empty)
 * The name is the account holder's name from her payout details; a WeChat or Alipay account that is
 * a mainland mobile, and the phone, are written as 11 digits. The memo/purpose reads
 * `锦绣工钱 YYYY-MM` (the statement's month).
 *
 * The results file: CSV (UTF-8, BOM allowed, RFC 4180 quoting), a header line, then one line per
 * payout. Columns are found by name in any order (a header cell matches when it, or one of its
 * space-separated words, is one of the names below; other columns are ignored, so the payout file
 * itself with a status column added is a results file):
 * - line_key (required): as exported;
 * - status / 状态 (required): paid, success, 成功, 已付 — or failed, fail, 失败;
 * - reference / 凭证号 / 交易单号 / 流水号 (optional): the transfer's id;
 * - reason / 原因 / 失败原因 (required on a failed line): why it came back.
 */
import crypto from "crypto"
import {
  fromFen,
  MAX_PAYMENT_REFERENCE_LENGTH,
  MAX_PAYOUT_IMPORT_LINES,
  MAX_REASON_LENGTH,
  toFen,
  type Money,
  type PayoutMethod,
} from "../../../domain"
import { csvCell } from "../periods/[period]/statements/csv"

/** One payout to write: a statement with what is owed on it and her full payout details. */
export type PayoutFileLine = {
  statement_id: string
  period: string
  /** what is owed on the statement now, yuan */
  owed: Money
  /** payout facts already on the statement (sent and failed) */
  attempt: number
  display_name: string
  workshop_handle: string
  /** her phone as stored (+86…) */
  phone: string | null
  account_name: string
  account: string | null
  bank_name: string | null
}

type Column = { header: string; value: (line: PayoutFileLine, key: string) => unknown; phone?: boolean }

const memo = (line: PayoutFileLine) => `锦绣工钱 ${line.period}`
const amount = (line: PayoutFileLine) => fromFen(toFen(line.owed))
const KEY: Column = { header: "line_key", value: (_line, key) => key }
const AMOUNT: Column = { header: "金额 amount", value: amount }

/** The columns of each method's payout file (documented above). */
export const PAYOUT_FILE_LAYOUTS: Record<PayoutMethod, Column[]> = {
  wechat: [
    KEY,
    { header: "姓名 name", value: (l) => l.account_name },
    { header: "微信账户 account", value: (l) => l.account, phone: true },
    AMOUNT,
    { header: "备注 memo", value: memo },
  ],
  alipay: [
    KEY,
    { header: "姓名 name", value: (l) => l.account_name },
    { header: "支付宝账户 account", value: (l) => l.account, phone: true },
    AMOUNT,
    { header: "备注 memo", value: memo },
  ],
  bank: [
    KEY,
    { header: "户名 account_name", value: (l) => l.account_name },
    { header: "开户行 bank_name", value: (l) => l.bank_name },
    { header: "账号 account", value: (l) => l.account },
    AMOUNT,
    { header: "用途 purpose", value: memo },
  ],
  cash: [
    KEY,
    { header: "姓名 name", value: (l) => l.account_name },
    { header: "手机 phone", value: (l) => l.phone, phone: true },
    { header: "工坊 workshop", value: (l) => l.workshop_handle },
    AMOUNT,
    { header: "签收 signature", value: () => "" },
  ],
}

const check = (statementId: string, fen: bigint, attempt: number, method: PayoutMethod) =>
  crypto.createHash("sha256").update(`jinxiu-payout-line|${statementId}|${fen}|${attempt}|${method}`).digest("hex").slice(0, 10)

/** The line key of one payout line (see above). */
export function lineKeyOf(line: Pick<PayoutFileLine, "statement_id" | "owed" | "attempt">, method: PayoutMethod): string {
  const fen = toFen(line.owed)
  return `${line.statement_id}.${fen}.${line.attempt}.${check(line.statement_id, fen, line.attempt, method)}`
}

const LINE_KEY_SHAPE = /^(stmt_[A-Za-z0-9]{1,60})\.(\d{1,15})\.(\d{1,6})\.([0-9a-f]{10})$/

export type LineKey = { line_key: string; statement_id: string; amount: Money; fen: bigint }

/** A line key read back: null when it is not one of a `method` payout file (malformed, edited, or another method's). */
export function parseLineKey(key: string, method: PayoutMethod): LineKey | null {
  const m = LINE_KEY_SHAPE.exec(key)
  if (!m) return null
  const fen = BigInt(m[2])
  if (fen <= 0n || check(m[1], fen, Number(m[3]), method) !== m[4]) return null
  return { line_key: key, statement_id: m[1], amount: fromFen(fen), fen }
}

/** The payout file of `method` for these lines. */
export function payoutFileCsv(method: PayoutMethod, lines: PayoutFileLine[]): string {
  const columns = PAYOUT_FILE_LAYOUTS[method]
  const out = [columns.map((c) => csvCell(c.header)).join(",")]
  for (const line of lines) {
    const key = lineKeyOf(line, method)
    out.push(columns.map((c) => csvCell(c.value(line, key), { phone: c.phone })).join(","))
  }
  return `\uFEFF${out.join("\r\n")}\r\n`
}

// ---------------------------------------------------------------------------------------------
// Reading CSV (RFC 4180)

/** A problem with a file: the field (a column's name, or `csv`), the line (1 is the header), and what (zh / en). */
export type FileError = { field: string; line: number; message: string }

export type CsvRecord = { line: number; cells: string[] }

const fileError = (field: string, line: number, zh: string, en: string): FileError => ({
  field,
  line,
  message: `${field}: 第 ${line} 行${zh} / line ${line}: ${en}`,
})

/**
 * CSV text into records, each with the line it starts on. Fields may be quoted (`"a, ""b"""`,
 * line breaks inside allowed); CRLF or LF; a BOM at the start is dropped; blank lines are skipped.
 * Refused (naming the line): a NUL, a lone surrogate, U+FFFD (what a file that isn't UTF-8 reads
 * as), a quote that is never closed, text after a closing quote, a quote inside an unquoted field.
 */
export function parseCsv(input: string): { records: CsvRecord[] } | { error: FileError } {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input
  const records: CsvRecord[] = []
  let line = 1
  let i = 0
  const bad = (zh: string, en: string) => ({ error: fileError("csv", line, zh, en) })
  // characters no CSV of ours carries, checked once over the whole text, with the line they are on
  const poison = /\u0000|\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text)
  if (poison) {
    line = 1 + (text.slice(0, poison.index).match(/\r\n|\n|\r/g)?.length ?? 0)
    return poison[0] === "\u0000"
      ? bad("含有 NUL 字符", "contains a NUL character")
      : bad("不是 UTF-8 编码的文字（请另存为 UTF-8 CSV）", "is not UTF-8 text (save the file as CSV UTF-8)")
  }
  while (i < text.length) {
    const start = line
    const cells: string[] = []
    let cell = ""
    let quoted = false
    let afterQuote = false
    let ended = false
    while (i < text.length && !ended) {
      const c = text[i]
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          quoted = false
          afterQuote = true
          i++
          continue
        }
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++
        cell += c
        i++
        continue
      }
      if (c === ",") {
        cells.push(cell)
        cell = ""
        afterQuote = false
        i++
      } else if (c === "\r" || c === "\n") {
        i += c === "\r" && text[i + 1] === "\n" ? 2 : 1
        line++
        ended = true
      } else if (afterQuote) {
        return bad("引号后面还有文字", "text after a closing quote")
      } else if (c === '"') {
        if (cell.length) return bad("字段中间有引号（含引号的字段要整个用引号括起来）", "a quote inside an unquoted field")
        quoted = true
        i++
      } else {
        cell += c
        i++
      }
    }
    if (quoted) return { error: fileError("csv", start, "的引号没有闭合", "a quote is never closed") }
    cells.push(cell)
    if (cells.length === 1 && cells[0].trim() === "" && !afterQuote) continue
    records.push({ line: start, cells })
  }
  return { records }
}

// ---------------------------------------------------------------------------------------------
// The results file

export type ResultStatus = "paid" | "failed"

export type ResultLine = LineKey & { line: number; status: ResultStatus; reference: string | null; reason: string | null }

const STATUS_WORDS: Record<string, ResultStatus> = {
  paid: "paid",
  success: "paid",
  succeeded: "paid",
  成功: "paid",
  已付: "paid",
  已支付: "paid",
  failed: "failed",
  fail: "failed",
  失败: "failed",
}

/** The results file's columns and the names a header cell may carry for each. */
export const RESULT_COLUMNS = {
  line_key: ["line_key"],
  status: ["status", "状态"],
  reference: ["reference", "凭证号", "交易单号", "流水号"],
  reason: ["reason", "原因", "失败原因"],
} as const
type ResultColumn = keyof typeof RESULT_COLUMNS

function columnOf(header: string): ResultColumn | null {
  const words = [header.trim().toLowerCase(), ...header.trim().toLowerCase().split(/\s+/)]
  for (const [column, names] of Object.entries(RESULT_COLUMNS) as [ResultColumn, readonly string[]][]) {
    if (words.some((w) => names.includes(w))) return column
  }
  return null
}

/**
 * A results file of the `method` payout file, read and checked whole: every line's key is one of
 * that method's, its status known, a failed line has a reason, no key twice, lengths within the
 * limits. The first problem is the answer (its field and line), and then nothing may be written.
 */
export function parseResultsFile(input: string, method: PayoutMethod): { lines: ResultLine[] } | { error: FileError } {
  const parsed = parseCsv(input)
  if ("error" in parsed) return parsed
  const [header, ...rows] = parsed.records
  if (!header) return { error: fileError("csv", 1, "是空的：需要标题行和至少一行", "the file is empty: a header line and at least one line are needed") }
  const at = new Map<ResultColumn, number>()
  header.cells.forEach((cell, index) => {
    const column = columnOf(cell)
    if (column && !at.has(column)) at.set(column, index)
  })
  for (const required of ["line_key", "status"] as const) {
    if (!at.has(required)) {
      return { error: fileError(required, header.line, `缺少 ${required} 列`, `the header has no ${required} column`) }
    }
  }
  if (!rows.length) return { error: fileError("csv", header.line, "之后没有任何结果行", "no result lines follow the header") }
  if (rows.length > MAX_PAYOUT_IMPORT_LINES) {
    return { error: fileError("csv", rows[MAX_PAYOUT_IMPORT_LINES].line, `超过 ${MAX_PAYOUT_IMPORT_LINES} 行`, `more than ${MAX_PAYOUT_IMPORT_LINES} lines in one file`) }
  }
  const value = (row: CsvRecord, column: ResultColumn) => {
    const index = at.get(column)
    return index === undefined ? "" : (row.cells[index] ?? "").trim()
  }
  const seen = new Set<string>()
  const lines: ResultLine[] = []
  for (const row of rows) {
    const rawKey = value(row, "line_key")
    if (!rawKey) return { error: fileError("line_key", row.line, "没有 line_key", "line_key is empty") }
    const key = parseLineKey(rawKey, method)
    if (!key) {
      return { error: fileError("line_key", row.line, `不是这个${method}付款文件里的编号`, `not a line_key of a ${method} payout file (edited, or from another method's file)`) }
    }
    if (seen.has(key.line_key)) return { error: fileError("line_key", row.line, "的编号前面已经出现过", "this line_key appears twice") }
    seen.add(key.line_key)
    const rawStatus = value(row, "status")
    const status = STATUS_WORDS[rawStatus.toLowerCase()]
    if (!status) {
      return { error: fileError("status", row.line, "应为 成功 或 失败", `must be paid (成功) or failed (失败), not "${rawStatus.slice(0, 20)}"`) }
    }
    const reference = value(row, "reference")
    if (reference.length > MAX_PAYMENT_REFERENCE_LENGTH) {
      return { error: fileError("reference", row.line, `最多 ${MAX_PAYMENT_REFERENCE_LENGTH} 个字`, `at most ${MAX_PAYMENT_REFERENCE_LENGTH} characters`) }
    }
    const reason = value(row, "reason")
    if (reason.length > MAX_REASON_LENGTH) {
      return { error: fileError("reason", row.line, `最多 ${MAX_REASON_LENGTH} 个字`, `at most ${MAX_REASON_LENGTH} characters`) }
    }
    if (status === "failed" && !reason) {
      return { error: fileError("reason", row.line, "失败的付款要写明原因", "a failed line needs its reason") }
    }
    lines.push({ ...key, line: row.line, status, reference: reference || null, reason: status === "failed" ? reason : null })
  }
  return { lines }
}
