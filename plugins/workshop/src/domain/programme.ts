/**
 * The programme around the work, as pure rules (issue 12): mama-post openings (妈妈岗) and the
 * applications to them, training and the skills it grants, contests and awards. The module, the
 * routes, the desk, the shop and the seed import these; nothing keeps a second copy.
 */
import { addMonths } from "./calendar"
import { fromFen, toFen, toFenNumber, type AmountInput, type Money } from "./money"

/** What makes a workshop a mama-post employer: each one a yes or no, shown on its openings. */
export const MAMA_POST_FEATURES = [
  "flexible_hours",
  "school_hours",
  "work_at_home",
  "childcare_friendly",
  "parental_leave",
  "training_provided",
] as const
export type MamaPostFeature = (typeof MAMA_POST_FEATURES)[number]

/** Where an opening's work is done. */
export const OPENING_PLACES = ["workshop", "village", "home"] as const
export type OpeningPlace = (typeof OPENING_PLACES)[number]

// ---------------------------------------------------------------------------------------------
// Applications

/** Where an application stands: new → contacted → trial → hired, or not now (which can be reopened). */
export const APPLICATION_STATES = ["new", "contacted", "trial", "hired", "not_now"] as const
export type ApplicationState = (typeof APPLICATION_STATES)[number]

/**
 * The moves staff and coordinators make by hand. `hired` is never a move: only the hire workflow
 * reaches it (it creates her artisan record in the same transaction), from `contacted` or `trial`.
 * A hired application stays hired.
 */
const MOVES: Record<ApplicationState, readonly ApplicationState[]> = {
  new: ["contacted", "trial", "not_now"],
  contacted: ["trial", "not_now"],
  trial: ["contacted", "not_now"],
  not_now: ["contacted", "trial"],
  hired: [],
}

/** Whether an application may be moved by hand from `from` to `to`. */
export function canMoveApplication(from: ApplicationState, to: ApplicationState): boolean {
  return MOVES[from].includes(to)
}

/**
 * Where an applicant sees her application's status: the shop's page for her private token,
 * `/jobs/application/<token>`, prefixed with her language when given (the confirmation text
 * message links to `/<locale>/…`; the shop's own links add the locale themselves). The shop's
 * paths carry no market. The one place the path is written.
 */
export function applicationStatusPath(token: string, locale?: "zh-CN" | "en"): string {
  return `${locale ? `/${locale}` : ""}/jobs/application/${encodeURIComponent(token)}`
}

/** Whether an application in `state` may be hired (she has been talked to, or tried). */
export function canHire(state: ApplicationState): boolean {
  return state === "contacted" || state === "trial"
}

// ---------------------------------------------------------------------------------------------
// The pay an opening shows, from the ledger

/** Fewer women than this doing the work, and an opening shows no pay: nobody's income can be inferred. */
export const PAY_RANGE_MIN_WOMEN = 5
/** The full months before the current one the pay is read from. */
export const PAY_RANGE_MONTHS = 6

/** The months an opening's pay is read from: the PAY_RANGE_MONTHS full months before `currentMonth`. */
export function payRangeMonths(currentMonth: string): { from: string; to: string } {
  return { from: addMonths(currentMonth, -PAY_RANGE_MONTHS), to: addMonths(currentMonth, -1) }
}

/** What an opening says about pay: the median month and the middle half (25th to 75th percentile). */
export type PayRange = { median: Money; low: Money; high: Money; women: number; months: number }

/**
 * The p-th percentile (num/den of the way) of sorted fen values, interpolated between the two
 * nearest ranks, rounded half up to the fen: exact with integers, no floats.
 */
function percentileFen(sorted: bigint[], num: number, den: number): bigint {
  const rank = BigInt(sorted.length - 1) * BigInt(num)
  const d = BigInt(den)
  const lower = Number(rank / d)
  const rest = rank % d
  if (rest === 0n || lower + 1 >= sorted.length) return sorted[lower]
  const a = sorted[lower]
  const b = sorted[lower + 1]
  // a + (b − a) × rest / d, rounded half up
  const scaled = a * d + (b - a) * rest
  const q = scaled / d
  const r = scaled % d
  return r * 2n >= d ? q + 1n : q
}

/**
 * An opening's pay, from the monthly earnings (one value per woman and month) of the women doing
 * its work in the months of payRangeMonths: the median month and the middle half. None (null)
 * when fewer than PAY_RANGE_MIN_WOMEN different women did the work, so no one's income shows.
 */
export function payRange(months: { artisan_id: string; net: AmountInput }[]): PayRange | null {
  const women = new Set(months.map((m) => m.artisan_id)).size
  if (women < PAY_RANGE_MIN_WOMEN) return null
  const sorted = months.map((m) => toFen(m.net)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    median: fromFen(percentileFen(sorted, 1, 2)),
    low: fromFen(percentileFen(sorted, 1, 4)),
    high: fromFen(percentileFen(sorted, 3, 4)),
    women,
    months: sorted.length,
  }
}

// ---------------------------------------------------------------------------------------------
// Skills

/**
 * Whether a woman may be credited with a line of a piece type: a piece type that requires a skill
 * takes a line only from a woman who has it, or as a supervised trial the coordinator marks (kept
 * with the entry). Same code on the desk and the backend.
 */
export function skillCheck(input: {
  required_skill: string | null
  her_skills: readonly string[]
  trial: boolean
}): { ok: true; trial: boolean } | { ok: false; code: "skill_required"; params: { skill: string } } {
  if (!input.required_skill) return { ok: true, trial: false }
  if (input.her_skills.includes(input.required_skill)) return { ok: true, trial: false }
  if (input.trial) return { ok: true, trial: true }
  return { ok: false, code: "skill_required", params: { skill: input.required_skill } }
}

// ---------------------------------------------------------------------------------------------
// Awards

export const AWARD_LEVELS = ["gold", "silver", "bronze", "finalist"] as const
export type AwardLevel = (typeof AWARD_LEVELS)[number]
/** What an award is given to: a piece (product), a maker (shown only with her consent), a workshop. */
export const AWARD_SUBJECTS = ["product", "artisan", "workshop"] as const
export type AwardSubject = (typeof AWARD_SUBJECTS)[number]

/** Awards in the order a page shows them: newest year first, then gold before silver before bronze before finalist. */
export function sortAwards<A extends { year: number; level: AwardLevel }>(awards: A[]): A[] {
  return [...awards].sort((a, b) => b.year - a.year || AWARD_LEVELS.indexOf(a.level) - AWARD_LEVELS.indexOf(b.level))
}

/**
 * A training session as the staff enter it (and the routes, the workflows and the admin read
 * it): the topic, the skill it teaches, the day and place, the trainer, and for whom (a workshop,
 * or every workshop's women in a village), with its places.
 */
export type TrainingSessionFields = {
  topic_zh: string
  topic_en: string
  /** the skill (a skill's code) attending grants */
  skill_code: string
  /** YYYY-MM-DD, in China */
  date: string
  place_zh: string
  place_en: string
  trainer: string
  /** null: open to every workshop's women (held in a village) */
  workshop_id: string | null
  village_zh: string | null
  village_en: string | null
  capacity: number
}

// ---------------------------------------------------------------------------------------------
// The programme's income band

/**
 * What the programme aims a woman's month at: 1,800 to 4,000 yuan (CONTEXT.md). The impact page
 * sets the women's median month against it.
 */
export const PROGRAMME_INCOME_BAND = { low: "1800.00", high: "4000.00" } as const

/** Where a monthly amount stands against the band (null: no amount). */
export function againstIncomeBand(amount: AmountInput | null | undefined): "below" | "within" | "above" | null {
  if (amount == null) return null
  const fen = toFenNumber(amount)
  if (fen < toFenNumber(PROGRAMME_INCOME_BAND.low)) return "below"
  if (fen > toFenNumber(PROGRAMME_INCOME_BAND.high)) return "above"
  return "within"
}
