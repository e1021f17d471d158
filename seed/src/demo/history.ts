import { MAX_LINES, addDays, addMonths, linePay, monthOf, rateOn, sumMoney, type Grade, type Money } from "@jinxiu/workshop/domain"
import { hashString, Rng } from "../images/prng"
import { dateIn, datesOf, dayOf, daysInMonth, weekday } from "./dates"
import type { ArtisanSeed } from "./people"
import type { PieceTypeSeed, RateRowSeed } from "./piece-types"

/**
 * The demo's piecework history, generated without a database: which day each craftswoman worked,
 * on what, how many pieces of which grade. Pure and deterministic: every draw comes from a stream
 * named by (artisan, date) or (artisan, month), so a day's work never depends on the window it is
 * generated in, and a fresh install always looks the same.
 *
 * The model: each woman keeps a weekly rhythm (3-6 fixed weekdays, fitted around school runs and
 * caring), misses ~6% of them and now and then works an extra day. She aims at a monthly sum a
 * little under her goal (times a busier or quieter month), spread over the days she is expected to
 * work, and spends each day on one or two piece types she has the skill for. ~90% of lines are
 * grade A, 8% B, 2% rejected.
 */
export const HISTORY_SEED = "jinxiu-demo-history-v1"
/** closed (and paid) months before the current one */
export const HISTORY_MONTHS = 6

const ABSENCE = 0.06
const EXTRA_DAY = 0.03
/** share of the pay left after grade B (75%) and rejected (0%) lines: 0.90 + 0.08 x 0.75 */
const GRADE_YIELD = 0.96
/** below this many yuan a piece, a task is a side job for part of the day */
const CHEAP_RATE = 5

export type WorkLine = {
  phone: string
  workshop: string
  /** piece type code */
  code: string
  quantity: number
  grade: Grade
  /** YYYY-MM-DD */
  work_date: string
}

export type HistoryWindow = {
  current_month: string
  /** oldest first */
  past_months: string[]
  first_date: string
  /** yesterday: the last day with recorded work */
  last_date: string
}

export function historyWindow(today: string): HistoryWindow {
  const current = monthOf(today)
  const past = Array.from({ length: HISTORY_MONTHS }, (_, i) => addMonths(current, i - HISTORY_MONTHS))
  return { current_month: current, past_months: past, first_date: dateIn(past[0], 1), last_date: addDays(today, -1) }
}

const rng = (...parts: (string | number)[]) => new Rng(hashString([HISTORY_SEED, ...parts].join(":")))

/** The piece types she can do: those of her workshop needing one of her skills. */
export function typesFor(artisan: ArtisanSeed, types: PieceTypeSeed[]): PieceTypeSeed[] {
  return types.filter((t) => t.workshop === artisan.workshop && artisan.skills.includes(t.skill))
}

type Profile = {
  /** index 0 = Sunday */
  schedule: boolean[]
  /** yuan she earns in an ordinary month */
  target: number
  types: { type: PieceTypeSeed; weight: number }[]
}

const profiles = new WeakMap<ArtisanSeed, Profile>()

function profileOf(artisan: ArtisanSeed, types: PieceTypeSeed[]): Profile {
  const cached = profiles.get(artisan)
  if (cached) return cached
  const r = rng(artisan.phone, "profile")
  // Sunday stays free; she works `days_per_week` of Monday..Saturday.
  const weekdays = [1, 2, 3, 4, 5, 6]
  while (weekdays.length > Math.min(6, artisan.days_per_week)) {
    weekdays.splice(r.int(0, weekdays.length - 1), 1)
  }
  const schedule = Array.from({ length: 7 }, (_, d) => weekdays.includes(d))
  const mine = typesFor(artisan, types)
  if (!mine.length) throw new Error(`${artisan.display_name} has no piece type she has the skill for`)
  const profile = {
    schedule,
    target: artisan.monthly_goal * r.range(0.8, 0.95),
    types: mine.map((type) => ({ type, weight: 0.15 + r.float() ** 2 })),
  }
  profiles.set(artisan, profile)
  return profile
}

export function worksOn(artisan: ArtisanSeed, date: string, types: PieceTypeSeed[]): boolean {
  if (date < artisan.joined_on) return false
  if (artisan.last_day && date > artisan.last_day) return false
  const scheduled = profileOf(artisan, types).schedule[weekday(date)]
  const r = rng(artisan.phone, date, "works")
  return scheduled ? !r.chance(ABSENCE) : r.chance(EXTRA_DAY)
}

function expectedDays(profile: Profile, month: string): number {
  return datesOf(month).reduce((n, date) => n + (profile.schedule[weekday(date)] ? 1 - ABSENCE : EXTRA_DAY), 0)
}

const baseRate = (type: PieceTypeSeed) => Number(type.rates[0].rate_a)

function pickWeighted<T>(r: Rng, items: { item: T; weight: number }[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0)
  let x = r.float() * total
  for (const i of items) {
    x -= i.weight
    if (x < 0) return i.item
  }
  return items[items.length - 1].item
}

/** What she recorded on one day (nothing on a day off). */
export function artisanDay(artisan: ArtisanSeed, types: PieceTypeSeed[], date: string): WorkLine[] {
  if (!worksOn(artisan, date, types)) return []
  const profile = profileOf(artisan, types)
  const month = monthOf(date)
  const monthFactor = rng(artisan.phone, month, "month").range(0.92, 1.08)
  const budget = (profile.target * monthFactor) / expectedDays(profile, month) / GRADE_YIELD
  const r = rng(artisan.phone, date, "day")

  const candidates = profile.types.map((t) => ({ item: t.type, weight: t.weight }))
  const first = pickWeighted(r, candidates)
  const others = candidates.filter((c) => c.item !== first)
  const plan: { type: PieceTypeSeed; portion: number }[] = []
  const fuller = others.filter((c) => baseRate(c.item) >= CHEAP_RATE)
  if (baseRate(first) < CHEAP_RATE && fuller.length) {
    // A cheap task fills part of the day; a real piece the rest.
    const share = r.range(0.25, 0.4)
    plan.push({ type: first, portion: share }, { type: pickWeighted(r, fuller), portion: 1 - share })
  } else if (others.length && r.chance(0.35)) {
    const share = r.range(0.5, 0.75)
    plan.push({ type: first, portion: share }, { type: pickWeighted(r, others), portion: 1 - share })
  } else {
    plan.push({ type: first, portion: 1 })
  }

  const lines: WorkLine[] = []
  for (const { type, portion } of plan) {
    // Stochastic rounding keeps the expected pay right even for 150-yuan pieces.
    const quantity = Math.floor((budget * portion) / baseRate(type) + r.float())
    if (quantity < 1) continue
    const g = r.float()
    const grade: Grade = g < 0.02 ? "R" : g < 0.1 ? "B" : "A"
    lines.push({ phone: artisan.phone, workshop: artisan.workshop, code: type.code, quantity, grade, work_date: date })
  }
  return lines
}

/** All lines of all artisans from `from` to `to` (both included), by date, then phone, then code. */
export function historyLines(
  artisans: ArtisanSeed[],
  types: PieceTypeSeed[],
  from: string,
  to: string
): WorkLine[] {
  const lines: WorkLine[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) {
    for (const artisan of artisans) lines.push(...artisanDay(artisan, types, date))
  }
  return lines.sort(
    (a, b) => a.work_date.localeCompare(b.work_date) || a.phone.localeCompare(b.phone) || a.code.localeCompare(b.code)
  )
}

/** What a line pays: the rate in force on its day for its grade, times the quantity (as the module records it). */
export function linePayment(line: WorkLine, types: PieceTypeSeed[]): Money {
  const type = types.find((t) => t.workshop === line.workshop && t.code === line.code)
  const paid = type && linePay(rateOn(type.rates, line.work_date), line.grade, line.quantity)
  if (!paid) throw new Error(`No rate for ${line.workshop} ${line.code} on ${line.work_date}`)
  return paid.amount
}

/** Piecework pay per artisan (phone) per month. */
export function monthlyPay(lines: WorkLine[], types: PieceTypeSeed[]): Map<string, Map<string, Money>> {
  const amounts = new Map<string, Map<string, Money[]>>()
  for (const line of lines) {
    const byMonth = amounts.get(line.phone) ?? new Map<string, Money[]>()
    const month = monthOf(line.work_date)
    byMonth.set(month, [...(byMonth.get(month) ?? []), linePayment(line, types)])
    amounts.set(line.phone, byMonth)
  }
  return new Map([...amounts].map(([phone, byMonth]) => [phone, new Map([...byMonth].map(([month, paid]) => [month, sumMoney(paid)]))]))
}

/** True when she belonged to the workshop and kept working for the whole month. */
export function workedWholeMonth(artisan: ArtisanSeed, month: string): boolean {
  const last = artisan.last_day
  return artisan.joined_on <= dateIn(month, 1) && (!last || last >= dateIn(month, daysInMonth(month)))
}

// Batches ------------------------------------------------------------------------------------

export type BatchPlan = { key: string; lines: WorkLine[] }

/**
 * One workshop-month's lines as recordWorkBatch calls. A week of the month (days 1-7, 8-14,
 * 15-21, 22-28, 29-end) that is over by `lastDate` is one batch, `seed:<workshop>:<month>:<n>`;
 * the week still running is recorded day by day, `seed:<workshop>:<month>:<n>:<dd>`, and stays so
 * once any of its days was recorded that way. So a rerun, even days later, replays what exists and
 * records only the new days: the keys of recorded work never change and nothing is counted twice.
 */
export function planBatches(
  workshop: string,
  month: string,
  lines: WorkLine[],
  lastDate: string,
  existingKeys: ReadonlySet<string>
): BatchPlan[] {
  const plans: BatchPlan[] = []
  const end = daysInMonth(month)
  for (let week = 1; week <= 5; week++) {
    const first = 7 * (week - 1) + 1
    const last = week === 5 ? end : 7 * week
    if (first > end) break
    const weekKey = `seed:${workshop}:${month}:${week}`
    const inWeek = (line: WorkLine) => monthOf(line.work_date) === month && dayOf(line.work_date) >= first && dayOf(line.work_date) <= last
    const recordedByDay = [...existingKeys].some((k) => k.startsWith(`${weekKey}:`))
    if (dateIn(month, last) <= lastDate && !recordedByDay) {
      const weekLines = lines.filter((l) => l.workshop === workshop && inWeek(l) && l.work_date <= lastDate)
      if (weekLines.length) plans.push({ key: weekKey, lines: weekLines })
      continue
    }
    for (let day = first; day <= last && dateIn(month, day) <= lastDate; day++) {
      const date = dateIn(month, day)
      const dayLines = lines.filter((l) => l.workshop === workshop && l.work_date === date)
      if (dayLines.length) plans.push({ key: `${weekKey}:${String(day).padStart(2, "0")}`, lines: dayLines })
    }
  }
  for (const plan of plans) {
    if (plan.lines.length > MAX_LINES) throw new Error(`${plan.key}: ${plan.lines.length} lines, more than ${MAX_LINES}`)
  }
  return plans
}

// Bonuses and deductions ---------------------------------------------------------------------

export type AdjustmentSeed = {
  phone: string
  kind: "bonus" | "deduction"
  amount: string
  reason: string
  period: string
  idempotency_key: string
}

export const FULL_ATTENDANCE = { amount: "100.00", reason: "全勤奖 / Full attendance" }
/** Workshops where the women come in to work pay a full-attendance bonus; the others send work home. */
export const ATTENDANCE_WORKSHOPS = ["jinxiu-base", "duanzhou-gold", "gaoyao-gold", "sihui-gold"]
export const THREAD_WASTE = { amount: "30.00", reason: "丝线损耗 / Thread waste (gold thread on rejected pieces)" }

/** Contest prizes, months counted back from the current month; keyed once per artisan. */
export const CONTEST_PRIZES = [
  { phone: "+8613800000034", months_ago: 2, amount: "500.00", reason: "省赛获奖：广东省妇女手工大赛铜奖 / Contest prize: bronze, Guangdong women's handicraft contest" },
  { phone: "+8613800000035", months_ago: 2, amount: "500.00", reason: "省赛获奖：广东省妇女手工大赛铜奖 / Contest prize: bronze, Guangdong women's handicraft contest" },
  { phone: "+8613800000001", months_ago: 0, amount: "300.00", reason: "省赛获奖：广府金绣折扇入围决赛 / Contest prize: phoenix fan reached the provincial final" },
]

/**
 * Bonuses and deductions: full attendance (100 yuan, in the workshops women come in to) for a
 * woman on a 5-6 day rhythm who worked every one of her days in a whole past month; thread waste (-30 yuan) in a month with two or
 * more rejected lines; the contest prizes.
 */
export function adjustmentSeeds(
  artisans: ArtisanSeed[],
  types: PieceTypeSeed[],
  lines: WorkLine[],
  window: HistoryWindow
): AdjustmentSeed[] {
  const out: AdjustmentSeed[] = []
  for (const artisan of artisans) {
    for (const month of window.past_months) {
      const attendance = ATTENDANCE_WORKSHOPS.includes(artisan.workshop) && artisan.days_per_week >= 5
      if (attendance && workedWholeMonth(artisan, month)) {
        const profile = profileOf(artisan, types)
        const missed = datesOf(month).some(
          (date) => profile.schedule[weekday(date)] && !worksOn(artisan, date, types)
        )
        if (!missed) {
          out.push({ phone: artisan.phone, kind: "bonus", ...FULL_ATTENDANCE, period: month, idempotency_key: `seed:adj:${artisan.phone}:${month}:attendance` })
        }
      }
      const rejected = lines.filter((l) => l.phone === artisan.phone && l.grade === "R" && monthOf(l.work_date) === month).length
      if (rejected >= 2) {
        out.push({ phone: artisan.phone, kind: "deduction", ...THREAD_WASTE, period: month, idempotency_key: `seed:adj:${artisan.phone}:${month}:thread-waste` })
      }
    }
  }
  for (const prize of CONTEST_PRIZES) {
    out.push({
      phone: prize.phone,
      kind: "bonus",
      amount: prize.amount,
      reason: prize.reason,
      period: addMonths(window.current_month, -prize.months_ago),
      idempotency_key: `seed:adj:${prize.phone}:contest`,
    })
  }
  return out
}
