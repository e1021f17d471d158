import type { ApplicationState, LineError, Money, PayoutDetails, PayoutMethod, PeriodPayouts, WorkLine } from "@jinxiu/workshop/domain"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The part of the workshop module's service (container key "workshop") the demo loaders use. The
 * plugin's build has no type declarations for its module, so the seed names the methods it calls
 * here; the shapes of a work line and of its errors are the domain's.
 */
type Row = { id: string } & Record<string, any>
type List = (filters?: Record<string, unknown>, config?: Record<string, unknown>) => Promise<Row[]>
type Create = (data: Record<string, unknown>[]) => Promise<Row[]>
/** the generated update of several rows, each naming its id */
type Update = (data: ({ id: string } & Record<string, unknown>)[]) => Promise<Row[]>

export type WorkshopService = {
  listWorkshops: List
  listArtisans: List
  createArtisans: Create
  listCoordinators: List
  createCoordinators: Create
  listPieceTypes: List
  createPieceTypes: Create
  listPieceRates: List
  createPieceRates: Create
  listProductMakerShares: List
  createProductMakerShares: Create
  listProductMakers: List
  createProductMakers: Create
  listWorkBatches: List
  listPeriods: List
  updatePeriods(data: { id: string; closed_at: Date }): Promise<unknown>
  listStatements: List
  updatePieceTypes: Update
  updateWorkshops: Update
  // The programme (issue 12)
  listSkills: List
  createSkills: Create
  listTrainingSessions: List
  createTrainingSessions: Create
  listTrainingAttendances: List
  listOpenings: List
  createOpenings: Create
  updateOpenings: Update
  listApplications: List
  listAwards: List
  createAwards: Create
  recordTrainingAttendance(input: {
    coordinator_id: string
    idempotency_key: string
    workshop_ids: string[]
    session_id: string
    artisan_ids: string[]
    today: string
  }): Promise<
    | { status: "recorded"; response: { session_id: string; skill_code: string; artisan_ids: string[] }; inserted: number }
    | { status: "not_found" | "invalid"; field: string; code?: string; message: string; params: Record<string, string> }
    | { status: "conflict"; message: string }
  >
  registerForTraining(input: {
    session_id: string
    workshop_ids?: string[]
    artisan_ids: string[]
    application_ids: string[]
    registered_by: string
    today: string
  }): Promise<
    | { status: "registered"; registrations: { id: string }[]; inserted: number }
    | { status: "not_found" | "invalid"; field: string; code?: string; message: string; params: Record<string, string> }
  >
  applyToOpening(input: {
    opening_id: string
    name: string
    phone: string
    town: string
    availability: string
    childcare_needs: string | null
    consent: true
    locale: "zh-CN" | "en"
    address: string
  }): Promise<
    | { kind: "not_found" }
    | { kind: "throttled"; by: "phone" | "address"; retry_after_seconds: number }
    | { kind: "applied"; created: boolean; application_id: string; status: string; token: string }
  >
  moveApplication(input: {
    application_id: string
    to: ApplicationState
    note: string | null
    actor_id: string
    workshop_ids?: string[]
  }): Promise<{ kind: "not_found" } | { kind: "refused" | "moved"; from: ApplicationState; to: ApplicationState }>
  recordWorkBatch(input: {
    coordinator_id: string
    workshop_ids: string[]
    idempotency_key: string
    request_hash: string
    lines: WorkLine[]
    today: string
  }): Promise<{
    status: "created" | "replayed" | "invalid" | "not_found" | "conflict"
    response?: { entries: unknown[] }
    errors?: LineError[]
    message?: string
  }>
  postAdjustment(input: {
    artisan_id: string
    kind: "bonus" | "deduction"
    amount: string
    reason: string
    period: string
    actor_id: string
    idempotency_key: string
  }): Promise<{ status: "posted" | "replayed" | "artisan_not_found" | "period_closed" }>
  closePeriod(input: { month: string; actor_id: string; current_month: string }): Promise<{ status: string; statements?: number }>
  payPeriod(input: { month: string; actor_id: string; payment_reference: string; paid_at: Date }): Promise<{ status: string; statements?: number }>
  artisanMonthlyTotals(artisanId: string, from: string, to: string): Promise<{ net: Money }[]>
  payoutDetailsOfArtisan(artisanId: string): Promise<PayoutDetails | null>
  setPayoutDetails(input: PayoutDetails & { artisan_id: string; actor_id: string }): Promise<unknown>
  periodPayouts(month: string): Promise<PeriodPayouts>
  recordPayout(input: {
    statement_id: string
    method: PayoutMethod
    amount: Money
    reference: string | null
    paid_on: string
    actor_id: string
    idempotency_key: string
    request_hash: string
  }): Promise<{ status: "recorded" | "replayed"; payout: { id: string } } | { status: "statement_not_found" | "conflict" | "over_owed" }>
  recordPayoutFailure(input: { payout_id: string; reason: string; failed_on: string; actor_id: string }): Promise<{ status: string }>
  artisanMonthLines(artisanId: string, period: string): Promise<{ id: string; kind: string }[]>
  askStatementQuestion(input: {
    artisan_id: string
    period: string
    ledger_entry_id: string | null
    reason: "quantity_wrong" | "grade_wrong" | "missing_work" | "other"
    note: string | null
    idempotency_key: string
    request_hash: string
  }): Promise<{ status: string; question_id?: string }>
  recordAdvance(input: {
    artisan_id: string
    method: PayoutMethod
    amount: Money
    reference: string | null
    paid_on: string
    reason: string
    actor_id: string
    idempotency_key: string
    request_hash: string
  }): Promise<{ status: "recorded" | "replayed"; advance: { id: string } } | { status: "artisan_not_found" | "conflict" }>
}

export const workshopService = (container: MedusaContainer) => container.resolve("workshop") as WorkshopService

/** id by workshop handle */
export async function workshopIds(container: MedusaContainer): Promise<Map<string, string>> {
  const workshops = await workshopService(container).listWorkshops({}, { select: ["id", "handle"] })
  return new Map(workshops.map((w) => [w.handle as string, w.id]))
}
