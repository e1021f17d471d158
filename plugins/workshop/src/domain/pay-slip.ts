/**
 * A pay slip (工资条): one statement of a closed month as she is handed it. Its lines are the
 * month's ledger entries grouped by kind; piecework is one line per piece type, grade and rate
 * (quantities added up), every other entry is a line of its own. Amounts are the entries' own,
 * added up exactly, so the sections add up to the statement's net.
 */
import type { Grade } from "./rates"
import { GRADES } from "./rates"
import { compareMoney, sumMoney, type Money } from "./money"
import { chinaDateOf } from "./calendar"
import type { EarningLine } from "./http"

/** The order a slip's sections come in (kinds not named here follow, in the order met). */
export const SLIP_KINDS = ["piecework", "sale_share", "bonus", "deduction", "reversal"] as const

export type SlipPieceworkLine = {
  kind: "piecework"
  piece_type: { id: string; code: string; name_zh: string; name_en: string }
  grade: Grade
  /** the rate applied, per piece */
  rate: Money
  quantity: number
  /** how many recorded entries were added up into this line */
  entries: number
  amount: Money
}

export type SlipSaleLine = {
  kind: "sale_share"
  product_title: string | null
  quantity: number | null
  order_display_id: number | null
  /** the day it was credited, in China */
  date: string
  amount: Money
}

/** A bonus, a deduction, a correction (or any other entry): its reason and day; a correction also what it takes back. */
export type SlipOtherLine = {
  kind: string
  reason: string | null
  date: string
  amount: Money
  corrects?: EarningLine["corrects"]
}

export type SlipLine = SlipPieceworkLine | SlipSaleLine | SlipOtherLine

export type SlipSection = { kind: string; total: Money; lines: SlipLine[] }

/** The day (YYYY-MM-DD, China) an entry belongs to: the work day for piecework, else the day it was credited. */
function dayOf(line: EarningLine): string {
  return line.work_entry ? line.work_entry.work_date : chinaDateOf(line.created_at)
}

function rank(kind: string): number {
  const i = (SLIP_KINDS as readonly string[]).indexOf(kind)
  return i < 0 ? SLIP_KINDS.length : i
}

/**
 * A month's ledger entries as a slip's sections, in SLIP_KINDS order, only kinds that have
 * entries. Piecework lines are ordered by piece type code, then grade (A, B, rejected), then rate;
 * the others by day.
 */
export function slipSections(lines: EarningLine[]): SlipSection[] {
  const byKind = new Map<string, EarningLine[]>()
  for (const line of lines) byKind.set(line.kind, [...(byKind.get(line.kind) ?? []), line])
  const kinds = [...byKind.keys()].sort((a, b) => rank(a) - rank(b))
  return kinds.map((kind) => {
    const entries = byKind.get(kind)!
    return { kind, total: sumMoney(entries.map((l) => l.amount)), lines: kind === "piecework" ? pieceworkLines(entries) : entries.map(otherLine).sort(byDay) }
  })
}

function byDay(a: SlipLine, b: SlipLine): number {
  return ("date" in a ? a.date : "").localeCompare("date" in b ? b.date : "")
}

function otherLine(line: EarningLine): SlipLine {
  if (line.kind === "sale_share") {
    return {
      kind: "sale_share",
      product_title: line.sale?.product_title ?? null,
      quantity: line.sale?.quantity ?? null,
      order_display_id: line.sale?.order_display_id ?? null,
      date: dayOf(line),
      amount: line.amount,
    }
  }
  return { kind: line.kind, reason: line.reason, date: dayOf(line), amount: line.amount, ...(line.corrects ? { corrects: line.corrects } : {}) }
}

function pieceworkLines(entries: EarningLine[]): SlipLine[] {
  const groups = new Map<string, { line: SlipPieceworkLine; amounts: Money[] }>()
  const loose: SlipLine[] = []
  for (const entry of entries) {
    const work = entry.work_entry
    if (!work) {
      loose.push({ kind: entry.kind, reason: entry.reason, date: dayOf(entry), amount: entry.amount })
      continue
    }
    const key = `${work.piece_type.id}|${work.grade}|${work.rate}`
    const group = groups.get(key)
    if (group) {
      group.line.quantity += work.quantity
      group.line.entries += 1
      group.amounts.push(entry.amount)
    } else {
      groups.set(key, {
        line: { kind: "piecework", piece_type: work.piece_type, grade: work.grade, rate: work.rate, quantity: work.quantity, entries: 1, amount: entry.amount },
        amounts: [entry.amount],
      })
    }
  }
  const grouped = [...groups.values()].map(({ line, amounts }) => ({ ...line, amount: sumMoney(amounts) }))
  grouped.sort(
    (a, b) =>
      a.piece_type.code.localeCompare(b.piece_type.code) ||
      GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade) ||
      compareMoney(a.rate, b.rate)
  )
  return [...grouped, ...loose.sort(byDay)]
}

/** The money of all a slip's sections: equal to the statement's net. */
export function slipSectionsTotal(sections: SlipSection[]): Money {
  return sumMoney(sections.map((s) => s.total))
}
