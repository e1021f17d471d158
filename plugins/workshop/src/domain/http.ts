/**
 * What our routes answer, the one place the shapes live: the module's reports return them, the
 * routes send them, and the admin, the desk, the income pages, the shop and the seed read them.
 * Money is a decimal string in CNY major units ("2753.00") unless a field says otherwise; some
 * fields come straight from bigNumber columns and may arrive as numbers.
 */
import type { Money } from "./money"
import type { Grade } from "./rates"
import type { LineError } from "./work-lines"
import type { PayoutDetails } from "./payout-details"
import type { ArtisanBalance, PayoutMethod, PayState } from "./payouts"
import type { SlipSection } from "./pay-slip"

/** Money as the backend sends it: a decimal string, or a number for some bigNumber columns. */
export type MoneyValue = Money | number

export type WorkshopRef = { id: string; handle: string; name_zh: string; name_en: string }

export type Workshop = WorkshopRef & {
  city_zh: string
  city_en: string
  district_zh: string | null
  district_en: string | null
  story_zh: string | null
  story_en: string | null
  founded_year: number | null
  is_active: boolean
}

export type ArtisanStatus = "active" | "paused" | "left"

/** An artisan as the admin sees her (the coordinator sees a narrower one, `CoordinatorArtisan`). */
export type Artisan = {
  id: string
  display_name: string
  legal_name: string
  phone: string
  joined_on: string
  left_on: string | null
  skills: string[] | null
  status: ArtisanStatus
  public_profile: boolean
  story_zh: string | null
  story_en: string | null
  photo_url: string | null
  monthly_goal: MoneyValue | null
  workshop_id: string
  workshop?: WorkshopRef
}

export type CoordinatorArtisan = Pick<Artisan, "id" | "display_name" | "workshop_id" | "status" | "joined_on" | "left_on">

export type Coordinator = {
  id: string
  email: string
  name: string
  phone?: string | null
  workshops: (WorkshopRef & { is_active?: boolean })[]
}

export type PieceRate = { id?: string; effective_from: string; rate_a: MoneyValue; rate_b: MoneyValue; created_at?: string }

export type PieceType = {
  id: string
  code: string
  name_zh: string
  name_en: string
  kind?: "task" | "product_variant"
  product_variant_id?: string | null
  is_active?: boolean
  workshop_id: string
  /** newest first */
  rates: PieceRate[]
  /** the rate in force today in China, or null when none has taken effect yet */
  current_rate: PieceRate | null
  /** the skill (a skill's code) a woman needs for a line of it, and its names; null: none */
  required_skill?: string | null
  required_skill_name_zh?: string | null
  required_skill_name_en?: string | null
}

export type WorkEntry = {
  id: string
  artisan_id: string
  workshop_id: string
  piece_type_id: string
  quantity: number
  grade: Grade
  work_date: string
  period: string
  rate: MoneyValue
  amount: MoneyValue
  batch_id: string
  line_index: number
  reversed_at: string | null
  reversal_reason: string | null
  /** on a reversed entry: the month its correction landed in (later than `period` when that month was closed) */
  correction_period: string | null
  created_at: string
}

export type RecordedEntry = {
  id: string
  index: number
  artisan_id: string
  piece_type_id: string
  quantity: number
  grade: Grade
  work_date: string
  rate: Money
  amount: Money
}

/** POST /coordinator/work-entries (201, or 200 with the same bytes when a key is replayed). */
export type WorkBatchResponse = { batch_id: string; entries: RecordedEntry[]; total_amount: Money }

/** A refused batch (400 / 404 / 409): what is wrong, line by line. */
export type WorkBatchErrorResponse = { type: string; message: string; errors: LineError[] }

/** One woman's day or month, from the ledger's work entries (reversed ones excluded). */
export type ArtisanWorkTotals = {
  artisan_id: string
  pieces_a: number
  pieces_b: number
  pieces_r: number
  /** piecework of the entries, in CNY */
  amount: Money
  entry_count: number
}

/** GET /coordinator/day-summary?date=: what each woman of her workshops made that day. */
export type DaySummary = { date: string; artisans: ArtisanWorkTotals[]; total: Money; entry_count: number }

export type PeriodStatus = "open" | "closed" | "paid"

export type ArtisanMonthRow = {
  artisan_id: string
  display_name: string
  workshop_id: string
  status: string
  pieces_a: number
  pieces_b: number
  pieces_r: number
  piecework: Money
  net: Money
  work_days: number
}

/** GET /coordinator/summary?month= */
export type MonthSummary = { month: string; status: PeriodStatus; artisans: ArtisanMonthRow[] }

/** GET /artisan/me */
export type ArtisanProfile = {
  id: string
  display_name: string
  /** YYYY-MM-DD: the day she joined her workshop (her income pages list months from its month) */
  joined_on: string
  monthly_goal: MoneyValue | null
  photo_url: string | null
  workshop: WorkshopRef | null
}

export type StatementStatus = PeriodStatus

export type MonthTotals = {
  period: string
  piecework: Money
  sale_share: Money
  bonus: Money
  deduction: Money
  reversal: Money
  net: Money
  entry_count: number
  status: StatementStatus
  paid_at: string | null
  payment_reference: string | null
}

export type LedgerKind = "piecework" | "sale_share" | "bonus" | "deduction" | "reversal"

/** The piece of work a ledger line pays for. */
export type EarningWork = {
  id: string
  work_date: string
  quantity: number
  grade: Grade
  rate: Money
  piece_type: { id: string; code: string; name_zh: string; name_en: string }
}

export type EarningLine = {
  id: string
  kind: LedgerKind | (string & {})
  amount: Money
  created_at: string
  reason: string | null
  reverses_id: string | null
  work_entry: EarningWork | null
  /** a piecework line reversed since: the month its correction landed in (null while it stands) */
  corrected_in: string | null
  /** on a correction (reversal): the line it takes back, with the month it was in and its work */
  corrects: {
    kind: LedgerKind | (string & {})
    amount: Money
    period: string
    created_at: string
    reason: string | null
    work_entry: EarningWork | null
  } | null
  sale: {
    product_id: string | null
    product_title: string | null
    thumbnail: string | null
    quantity: number | null
    order_display_id: number | null
  } | null
}

/** GET /coordinator/artisans/:id/earnings/:period: her month as her own page reads it, with the month's state */
export type ArtisanMonthForDesk = {
  period: string
  status: PeriodStatus
  totals: MonthTotals | null
  entries: EarningLine[]
}

/** GET /artisan/earnings/:period */
export type MonthDetail = {
  period: string
  totals: MonthTotals | null
  statement: { period: string; paid_at: string | null; payment_reference: string | null } | null
  entries: EarningLine[]
}

export type PublicMaker = {
  /** only with her consent to a public profile; otherwise null */
  artisan_id: string | null
  display_name: string | null
  workshop: WorkshopRef
}

/** One maker's part of an order line, as credited. */
export type OrderMakerShare = PublicMaker & {
  /** in the order's currency (the CNY credited, converted back at the rate applied; null when that rate is unknown) */
  amount: Money | null
  /** in CNY: what the ledger credited her, net of reversals */
  amount_cny: Money
}

/** GET /store/orders/:id/makers: what the order credited its makers, read from the ledger. */
export type OrderMakerShares = {
  order_id: string
  currency_code: string
  total: { amount: Money | null; amount_cny: Money }
  makers_count: number
  workshops_count: number
  lines: {
    line_item_id: string
    product_id: string | null
    product_title: string | null
    quantity: number
    base_amount: Money
    share_percent: string | null
    amount: Money | null
    amount_cny: Money
    makers: OrderMakerShare[]
  }[]
  workshops: WorkshopRef[]
}

/** GET /store/impact: the programme's public figures (no personal data). */
export type ImpactFigures = {
  currency_code: "cny"
  active_artisans: number
  workshops: number
  total_paid_out: Money
  median_monthly_earnings: Money | null
  sale_shares_total: Money
  sales_revenue: Money
  share_of_sales_to_makers: number | null
  /** the programme, counted from its records */
  programme: {
    openings: number
    open_openings: number
    women_hired_through_openings: number
    training_sessions_held: number
    trainee_sessions: number
    skills_granted: number
    awards: number
  }
  /** the programme's income band, where the median month stands against it, and the share of this year's earning months inside it (0..1, null without any) */
  income_band: { low: Money; high: Money; median_against_band: "below" | "within" | "above" | null; share_of_months_in_band: number | null }
}

/** One workshop's (or the programme's) month, as GET /admin/workshop-summary adds it up. */
export type WorkshopMonthFigures = {
  /** artisans listed for the month (not left, or left with work or money in it) */
  artisans: number
  /** artisans with at least one recorded day in the month */
  working_artisans: number
  pieces_a: number
  pieces_b: number
  pieces_r: number
  piecework: Money
  net: Money
}

/** GET /admin/workshop-summary?month=: each workshop's month, and the programme's totals. */
export type WorkshopMonthSummary = {
  month: string
  status: PeriodStatus
  workshops: (WorkshopMonthFigures & WorkshopRef & { city_zh: string; city_en: string; is_active?: boolean })[]
  totals: WorkshopMonthFigures
}

/** The parts a month of earnings is made of (the ledger's kinds); the net follows them. */
export type EarningPart = LedgerKind

/** One artisan's month as closing it would freeze it: each part and the net. */
export type PeriodPreviewLine = { artisan_id: string; display_name: string; workshop_id: string; net: Money } & Record<EarningPart, Money>

/** GET /admin/periods/:month/preview */
export type PeriodPreview = { month: string; artisans: PeriodPreviewLine[]; net_total: Money; artisan_count: number }

/** One frozen statement of a closed month (GET /admin/periods/:month/statements). */
export type PeriodStatement = {
  id: string
  period: string
  artisan_id: string
  display_name: string
  legal_name: string
  phone: string
  workshop_handle: string
  workshop_name: string
  net_total: Money
  entry_count: number
  paid_at: string | null
  payment_reference: string | null
} & Record<`${EarningPart}_total`, Money>

/** One maker of a product (GET /store/products/:id/makers, and the admin's with private fields). */
export type ProductMaker = {
  artisan_id: string
  display_name: string
  weight: number
  /** her part of the sale, in percent of the price */
  share_percent_of_sale: number
  workshop: WorkshopRef
  /** she consented to a public profile: her story page exists */
  public_profile: boolean
  /** only with her consent */
  photo_url?: string | null
  /** the admin's answer only */
  legal_name?: string
  status?: ArtisanStatus
}

/** GET /store/products/:id/makers and GET/POST /admin/products/:id/makers */
export type ProductMakers = {
  product_id: string
  /** the part of each sale credited to the makers, in percent of the price */
  share_percent: number
  makers: ProductMaker[]
}

/** A workshop as the shop sees it (GET /store/workshops). */
export type StoreWorkshop = Pick<
  Workshop,
  "id" | "handle" | "name_zh" | "name_en" | "city_zh" | "city_en" | "district_zh" | "district_en" | "story_zh" | "story_en" | "founded_year"
>

/** A maker's public profile: only makers who consented to one are ever returned. */
export type PublicMakerProfile = {
  id: string
  display_name: string
  joined_year: number
  skills: string[]
  story_zh: string | null
  story_en: string | null
  photo_url: string | null
  workshop: WorkshopRef
}

/** GET /store/workshops/:handle: the workshop, its public makers and the products they made. */
export type StoreWorkshopDetail = StoreWorkshop & { makers: PublicMakerProfile[]; product_ids: string[] }

/** GET /store/makers/:id */
export type MakerProfile = PublicMakerProfile & { product_ids: string[] }

/** A statement's pay: its net, what was effectively paid on it, what is still owed, its state. */
/** A statement's net, what it made payable (see settleMonth), what was paid on it, what is still owed, and its pay state. */
export type StatementPay = { statement_id: string; net_total: Money; payable_total: Money; paid: Money; owed: Money; state: PayState }

/** A payout sent against a statement, with what became of it (`failure` when it came back). */
export type PayoutSummary = {
  id: string
  statement_id: string
  artisan_id: string
  workshop_id: string
  period: string
  method: PayoutMethod
  amount: Money
  reference: string | null
  /** YYYY-MM-DD */
  paid_on: string
  created_at: string
  status: "sent" | "failed"
  failure: { reason: string | null; failed_on: string } | null
}

/** GET /admin/periods/:month/payouts */
export type PeriodPayouts = {
  period: string
  statements: (StatementPay & { artisan_id: string; display_name: string; workshop_id: string; workshop_handle: string; payout_details: PayoutDetails | null; payouts: PayoutSummary[] })[]
  by_method: { method: PayoutMethod; count: number; total: Money }[]
  totals: { net_total: Money; payable_total: Money; paid: Money; owed: Money }
}

/** An advance paid to her ahead of her earnings, recovered from her next statements. */
export type AdvanceSummary = {
  id: string
  artisan_id: string
  workshop_id: string
  method: PayoutMethod
  amount: Money
  reference: string | null
  /** YYYY-MM-DD */
  paid_on: string
  reason: string
  created_at: string
}

/** What a statement recovered of her advances. */
export type AdvanceRecovery = { statement_id: string; period: string; amount: Money }

/** GET /admin/artisans/:id/advances and part of GET /artisan/payouts */
export type ArtisanAdvances = { advances: AdvanceSummary[]; recoveries: AdvanceRecovery[]; advanced: Money; recovered: Money; outstanding: Money }

/**
 * GET /artisan/payouts: her payout details (masked), her payouts, her advances, and where she stands
 * across months (ArtisanBalance: balance = earned − paid − advanced = owed + carried − advance_outstanding).
 */
export type ArtisanPayouts = ArtisanBalance & { payout_details: PayoutDetails | null; payouts: PayoutSummary[]; advances: ArtisanAdvances }

/**
 * GET and POST /admin/artisans/:id/payout-details: her payout details whole (the one route that
 * answers them unmasked; everything else answers `PayoutDetails` masked). Null when none are kept.
 */
export type AdminArtisanPayoutDetails = {
  payout_details: (PayoutDetails & { artisan_id: string; updated_by: string | null; updated_at: string }) | null
}

/**
 * GET /artisan/statements/:id/slip, /coordinator/statements/:id/slip, /admin/statements/:id/slip:
 * one statement as a pay slip. Every amount is the statement's or a payout's own (frozen when
 * the month closed, or recorded when paid), never worked out again from today's rates.
 */
export type PaySlip = {
  statement_id: string
  /** YYYY-MM */
  period: string
  currency_code: "cny"
  artisan: { id: string; display_name: string }
  workshop: WorkshopRef
  /** the statement's frozen totals by kind, its net and how many entries it holds */
  totals: Record<`${EarningPart}_total`, Money> & { net_total: Money; entry_count: number }
  /** a negative balance brought from her previous statement (≤ 0) */
  carried_in: Money
  /** her advances taken back from this month's pay (≥ 0) */
  advance_recovered: Money
  /** what is to be paid for the month: max(0, net + carried_in) − advance_recovered */
  payable_total: Money
  /** the negative balance this month hands on to her next statement (≤ 0) */
  carried_out: Money
  /** the payouts that count (sent, not failed) */
  paid: Money
  owed: Money
  state: PayState
  /** the month's entries by kind; their totals add up to `totals.net_total` */
  sections: SlipSection[]
  /** newest first; a failed one keeps its amount and says why it came back */
  payouts: PayoutSummary[]
  /** how she is paid, masked */
  payout_details: PayoutDetails | null
}

/** GET /coordinator/statements?period=: the statements of her workshops for a closed month. */
export type CoordinatorStatements = {
  period: string
  statements: StatementWithPay[]
}

/** A statement with its pay: what it made payable, what was paid, what is still owed, its pay state. */
export type StatementWithPay = StatementPay & { id: string; period: string; artisan_id: string; display_name: string; workshop_id: string }

/** GET /artisan/statements: her frozen statements, newest month first, each with its pay. */
export type ArtisanStatements = {
  statements: {
    id: string
    period: string
    workshop_id: string
    net_total: MoneyValue
    entry_count: number
    pay: Pick<StatementPay, "payable_total" | "paid" | "owed" | "state"> | null
  }[]
}
