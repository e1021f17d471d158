import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  Artisan,
  ArtisanPayoutDetails,
  Coordinator,
  LedgerEntry,
  Payout,
  Advance,
  Period,
  PieceRate,
  PieceType,
  ProductMaker,
  ProductMakerShare,
  Statement,
  StatementConfirmation,
  StatementQuestion,
  WorkBatch,
  WorkEntry,
  Workshop,
} from "./models"
// The programme (issue 12): training, skills and awards.
import { ArtisanSkill, Award, Skill, TrainingAttendance, TrainingAttendanceRequest, TrainingRegistration, TrainingSession } from "./models"
import type { TrainingSqlRepository } from "./repositories/training-sql"
import type { RegisterInput } from "./repositories/training/register"
import type { RecordAttendanceInput } from "./repositories/training/record-attendance"
// The programme (issue 12): mama-post openings and applications.
import { Application, ApplicationNote, ApplyAttempt, Opening } from "./models"
import { openingPayRanges } from "./reports/opening-pay"
import type { ApplyInput } from "./repositories/programme/apply"
import type { MoveApplicationInput } from "./repositories/programme/move"
import type { ApplicationSqlRepository } from "./repositories/application-sql"
import { listApplications, type ApplicationFilter } from "./reports/applications"
import { convert, DEFAULT_PAYOUT_METHOD, type PayoutDetails, type PayoutMethod } from "../../domain"
import type { AdjustmentInput } from "./repositories/ledger/adjustments"
import type { ReverseSaleSharesInput, SoldLine } from "./repositories/ledger/sale-shares"
import type { RecordWorkBatchInput } from "./repositories/work-batch/record-work-batch"
import type { ReverseWorkEntryInput } from "./repositories/work-batch/reverse-work-entry"
import type { LedgerSqlRepository } from "./repositories/ledger-sql"
import type { PayoutSqlRepository } from "./repositories/payout-sql"
import type { RecordPayoutFailureInput, RecordPayoutInput } from "./repositories/payout/record-payout"
import type { RecordAdvanceInput } from "./repositories/advance/record-advance"
import type { BatchPayoutLine } from "./repositories/payout/record-payouts"
import { artisanAdvances } from "./reports/advances"
import type { PeriodSqlRepository } from "./repositories/period-sql"
import type { WorkBatchSqlRepository } from "./repositories/work-batch-sql"
import type { StatementQuestionSqlRepository } from "./repositories/statement-question-sql"
import type { AskQuestionInput } from "./repositories/statement-question/ask-question"
import type { ResolveQuestionInput } from "./repositories/statement-question/resolve-question"
import { confirmationOf, listQuestions, type QuestionFilter } from "./reports/statement-questions"
import { artisanMonthLines, artisanMonthlyTotals } from "./reports/artisan-earnings"
import { correctionMonths } from "./reports/corrections"
import { impactFigures } from "./reports/impact"
import { orderSaleShares, orderSettlements } from "./reports/order-sale-shares"
import { workshopDaySummary, workshopMonthSummary } from "./reports/month-summary"
import { closePreview, periodsOverview, statementsOfPeriod } from "./reports/periods-overview"
import { artisanPayouts, periodPayouts } from "./reports/payouts"
import { payoutDetailsOf, upsertPayoutDetails } from "./reports/payout-details"
import { paySlip, statementsWithPay, type SlipScope } from "./reports/pay-slip"
import { payoutRun, payoutRunFileLines, type PayoutRunScope } from "./reports/payout-run"
import { recentAdjustments } from "./reports/adjustments"
// Product search (issue 13): one search document per product, written and searched with raw SQL.
import type { ProductSearchSqlRepository } from "./repositories/product-search-sql"
import type { ProductSearchRow } from "./repositories/product-search/documents"
import type { ProductSearchInput } from "./repositories/product-search/search"

type Options = {
  /** CNY per unit of another currency, for crediting makers with sales made abroad */
  exchange_rates_to_cny?: Record<string, string>
}

const DEFAULT_RATES: Record<string, string> = { cny: "1", usd: "7.10" }

const appendOnly = async (): Promise<never> => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "Ledger entries are append-only: post a reversal and a new entry instead"
  )
}

const payoutsAppendOnly = async (): Promise<never> => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "Payouts are append-only: record that a payout failed, and pay again, instead"
  )
}

const questionsFixed = async (): Promise<never> => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "Statement questions keep what was asked: resolve one instead (a correction posts to the ledger)"
  )
}

const attendanceKept = async (): Promise<never> => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Training attendance is kept as it was taken: it is never edited or deleted")
}

export class WorkshopModuleService extends MedusaService({
  Workshop,
  Artisan,
  ArtisanPayoutDetails,
  Coordinator,
  PieceType,
  PieceRate,
  WorkEntry,
  WorkBatch,
  LedgerEntry,
  Payout,
  Advance,
  Period,
  Statement,
  StatementQuestion,
  StatementConfirmation,
  ProductMakerShare,
  ProductMaker,
  Skill,
  TrainingSession,
  TrainingAttendance,
  TrainingAttendanceRequest,
  TrainingRegistration,
  ArtisanSkill,
  Award,
  Opening,
  Application,
  ApplicationNote,
  ApplyAttempt,
}) {
  protected readonly rates_: Record<string, string>
  protected readonly workBatches_: WorkBatchSqlRepository
  protected readonly ledger_: LedgerSqlRepository
  protected readonly periods_: PeriodSqlRepository
  protected readonly payouts_: PayoutSqlRepository
  protected readonly questions_: StatementQuestionSqlRepository
  protected readonly applications_: ApplicationSqlRepository
  protected readonly training_: TrainingSqlRepository
  protected readonly productSearch_: ProductSearchSqlRepository

  constructor(
    container: {
      workBatchSqlRepository: WorkBatchSqlRepository
      ledgerSqlRepository: LedgerSqlRepository
      periodSqlRepository: PeriodSqlRepository
      payoutSqlRepository: PayoutSqlRepository
      statementQuestionSqlRepository: StatementQuestionSqlRepository
      trainingSqlRepository: TrainingSqlRepository
      applicationSqlRepository: ApplicationSqlRepository
      productSearchSqlRepository: ProductSearchSqlRepository
    } & Record<string, unknown>,
    options: Options = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.rates_ = { ...DEFAULT_RATES, ...(options?.exchange_rates_to_cny ?? {}) }
    // The money paths' raw SQL, one repository per aggregate (registered from ./repositories).
    this.workBatches_ = container.workBatchSqlRepository
    this.ledger_ = container.ledgerSqlRepository
    this.periods_ = container.periodSqlRepository
    this.payouts_ = container.payoutSqlRepository
    this.questions_ = container.statementQuestionSqlRepository
    this.training_ = container.trainingSqlRepository
    this.applications_ = container.applicationSqlRepository
    this.productSearch_ = container.productSearchSqlRepository
  }

  // The generated update/delete methods for ledger entries refuse: the ledger is append-only
  // (and the database refuses too, see the migration's trigger).
  updateLedgerEntries = appendOnly
  deleteLedgerEntries = appendOnly
  softDeleteLedgerEntries = appendOnly
  restoreLedgerEntries = appendOnly
  // Payouts too (a database trigger refuses as well): a failure is a fact of its own.
  updatePayouts = payoutsAppendOnly
  deletePayouts = payoutsAppendOnly
  softDeletePayouts = payoutsAppendOnly
  restorePayouts = payoutsAppendOnly
  // A question is only ever resolved (resolveStatementQuestion), and confirmations are kept.
  updateStatementQuestions = questionsFixed
  deleteStatementQuestions = questionsFixed
  softDeleteStatementQuestions = questionsFixed
  restoreStatementQuestions = questionsFixed
  updateStatementConfirmations = questionsFixed
  deleteStatementConfirmations = questionsFixed
  softDeleteStatementConfirmations = questionsFixed
  restoreStatementConfirmations = questionsFixed
  // Advances too: recovered by statements, never edited.
  updateAdvances = payoutsAppendOnly
  deleteAdvances = payoutsAppendOnly
  softDeleteAdvances = payoutsAppendOnly
  restoreAdvances = payoutsAppendOnly

  // Training attendance too (a database trigger refuses as well): taken once, kept.
  updateTrainingAttendances = attendanceKept
  deleteTrainingAttendances = attendanceKept
  softDeleteTrainingAttendances = attendanceKept
  restoreTrainingAttendances = attendanceKept

  @InjectTransactionManager()
  async recordWorkBatch(input: RecordWorkBatchInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.workBatches_.record(sharedContext.transactionManager!, input)
  }

  /** A session's attendance and the skill it grants, exactly once (see the training repository). */
  @InjectTransactionManager()
  async recordTrainingAttendance(input: RecordAttendanceInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.training_.recordAttendance(sharedContext.transactionManager!, input)
  }

  /** Places at a session to come for women and applicants, once each (see the training repository). */
  @InjectTransactionManager()
  async registerForTraining(input: RegisterInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.training_.register(sharedContext.transactionManager!, input)
  }

  /** Cancels a place at a session (kept, marked deleted). */
  @InjectTransactionManager()
  async cancelTrainingRegistration(
    input: { session_id: string; registration_id: string; workshop_ids?: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return this.training_.cancelRegistration(sharedContext.transactionManager!, input)
  }

  /** Each session's registrations with names; a coordinator's workshops' only when given. */
  @InjectManager()
  async trainingRegistrations(sessionIds: string[], workshopIds?: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.training_.listRegistrations(sharedContext.manager!, sessionIds, workshopIds)
  }

  @InjectTransactionManager()
  async reverseWorkEntry(input: ReverseWorkEntryInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.workBatches_.reverseEntry(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async postAdjustment(input: AdjustmentInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.ledger_.postAdjustment(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async closePeriod(
    input: { month: string; actor_id: string; current_month: string; reason?: string | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const manager = sharedContext.transactionManager!
    // questions about the month still open: closing anyway needs a reason, which is kept on the month
    const open = await this.questions_.openQuestionsBlockingClose(manager, input)
    if (open.length && !input.reason) return { status: "open_questions" as const, month: input.month, question_ids: open }
    const result = await this.periods_.close(manager, input)
    if (result.status === "closed" && input.reason) await this.questions_.recordCloseReason(manager, input.month, input.reason)
    return result
  }

  @InjectTransactionManager()
  async payPeriod(
    input: { month: string; actor_id: string; payment_reference: string; paid_at: Date; method?: PayoutMethod },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return this.periods_.pay(sharedContext.transactionManager!, { ...input, method: input.method ?? DEFAULT_PAYOUT_METHOD })
  }

  /** A payout against a statement, at most what is still owed on it, once per idempotency key. */
  @InjectTransactionManager()
  async recordPayout(input: RecordPayoutInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.payouts_.record(sharedContext.transactionManager!, input)
  }

  /** A payout came back: its own fact, giving the amount back to what is owed; once per payout. */
  @InjectTransactionManager()
  async recordPayoutFailure(input: RecordPayoutFailureInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.payouts_.recordFailure(sharedContext.transactionManager!, input)
  }

  /**
   * A batch of payouts (a payout run's results) in one transaction: each exactly what is owed on
   * its statement, once per key; a line that came back records the payout and its failure.
   */
  @InjectTransactionManager()
  async recordPayoutBatch(input: { actor_id: string; lines: BatchPayoutLine[] }, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.payouts_.recordBatch(sharedContext.transactionManager!, input)
  }

  /** An advance paid to her ahead of her earnings, once per idempotency key; her next statements recover it. */
  @InjectTransactionManager()
  async recordAdvance(input: RecordAdvanceInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.payouts_.recordAdvance(sharedContext.transactionManager!, input)
  }

  /** Her advances, what her statements recovered of them, and what is outstanding. */
  @InjectManager()
  async artisanAdvances(artisanId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return artisanAdvances(sharedContext.manager!, artisanId)
  }

  @InjectTransactionManager()
  async postSaleShares(
    input: { order: { id: string; display_id?: number | null }; lines: SoldLine[]; current_month: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return this.ledger_.postSaleShares(sharedContext.transactionManager!, input.order, input.lines, input.current_month, (c) =>
      this.rateToCny(c)
    )
  }

  @InjectTransactionManager()
  async reverseSaleShares(
    input: ReverseSaleSharesInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return this.ledger_.reverseSaleShares(sharedContext.transactionManager!, input)
  }

  // Reads: plain SQL over our own tables (aggregates the ORM would make slow).

  @InjectManager()
  async artisanMonthlyTotals(artisanId: string, from: string, to: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return artisanMonthlyTotals(sharedContext.manager!, artisanId, from, to)
  }

  @InjectManager()
  async artisanMonthLines(artisanId: string, period: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return artisanMonthLines(sharedContext.manager!, artisanId, period)
  }

  /** reversed work entry id → the month its correction landed in */
  @InjectManager()
  async correctionMonths(workEntryIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return correctionMonths(sharedContext.manager!, workEntryIds)
  }

  @InjectManager()
  async workshopMonthSummary(workshopIds: string[], month: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return workshopMonthSummary(sharedContext.manager!, workshopIds, month)
  }

  @InjectManager()
  async workshopDaySummary(workshopIds: string[], date: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return workshopDaySummary(sharedContext.manager!, workshopIds, date)
  }

  @InjectManager()
  async periodsOverview(@MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return periodsOverview(sharedContext.manager!)
  }

  @InjectManager()
  async closePreview(month: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return closePreview(sharedContext.manager!, month)
  }

  @InjectManager()
  async statementsOfPeriod(month: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return statementsOfPeriod(sharedContext.manager!, month)
  }

  @InjectManager()
  async periodPayouts(month: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return periodPayouts(sharedContext.manager!, month)
  }

  @InjectManager()
  async artisanPayouts(artisanId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return artisanPayouts(sharedContext.manager!, artisanId)
  }

  /** A payout run: a closed month's (or every closed month's) statements still owed, by method. */
  @InjectManager()
  async payoutRun(scope: PayoutRunScope, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return payoutRun(sharedContext.manager!, scope)
  }

  /** The lines of a payout run's file for one method, with her payout details unmasked: only the export answers this. */
  @InjectManager()
  async payoutRunFileLines(scope: PayoutRunScope, method: PayoutMethod, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return payoutRunFileLines(sharedContext.manager!, scope, method)
  }

  /** The newest bonuses and deductions, of one workshop and/or month when given. */
  @InjectManager()
  async recentAdjustments(
    filter: { workshop_id?: string; period?: string; limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return recentAdjustments(sharedContext.manager!, filter)
  }

  /** One statement as a pay slip, or undefined when there is none with that id in `scope`. */
  @InjectManager()
  async paySlip(statementId: string, scope: SlipScope = {}, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return paySlip(sharedContext.manager!, statementId, scope)
  }

  /** Statements (of these workshops, or of one woman; of one month when given), each with what is payable, paid and owed and its pay state. */
  @InjectManager()
  async statementsWithPay(
    filter: { workshop_ids?: string[]; artisan_id?: string; period?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return statementsWithPay(sharedContext.manager!, filter)
  }

  /** Her payout details, unmasked: only the admin route that edits them answers this. */
  @InjectManager()
  async payoutDetailsOfArtisan(artisanId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return (await payoutDetailsOf(sharedContext.manager!, [artisanId])).get(artisanId) ?? null
  }

  /** Sets her payout details (one row per artisan). */
  @InjectTransactionManager()
  async setPayoutDetails(
    input: PayoutDetails & { artisan_id: string; actor_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return upsertPayoutDetails(sharedContext.transactionManager!, input)
  }

  @InjectManager()
  async orderSaleShares(orderId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return orderSaleShares(sharedContext.manager!, orderId)
  }

  @InjectManager()
  async orderSettlements(orderIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return orderSettlements(sharedContext.manager!, orderIds)
  }

  @InjectManager()
  async impactFigures(year: string, today: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return impactFigures(sharedContext.manager!, year, today)
  }

  /** She questions a line of her month (or says work is missing), once per Idempotency-Key. */
  @InjectTransactionManager()
  async askStatementQuestion(input: AskQuestionInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.questions_.ask(sharedContext.transactionManager!, input)
  }

  /** Resolves a question once: an answer, or a correction posted as a reversal and/or an adjustment. */
  @InjectTransactionManager()
  async resolveStatementQuestion(input: ResolveQuestionInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.questions_.resolve(sharedContext.transactionManager!, input)
  }

  /** She confirms a month as right, once. */
  @InjectTransactionManager()
  async confirmStatementMonth(input: { artisan_id: string; period: string }, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.questions_.confirm(sharedContext.transactionManager!, input)
  }

  /** Questions with her name, the line questioned and what a correction changed. */
  @InjectManager()
  async listStatementQuestionDetails(filter: QuestionFilter, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return listQuestions(sharedContext.manager!, filter)
  }

  /** Her confirmation of a month, or null. */
  @InjectManager()
  async statementConfirmationOf(artisanId: string, period: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return confirmationOf(sharedContext.manager!, artisanId, period)
  }

  // ---------------------------------------------------------------------------------------------
  // Mama-post openings and applications (issue 12)

  /** The pay each opening shows, from the ledger (null where fewer than five women did the work). */
  @InjectManager()
  async openingPayRanges(
    openings: { id: string; piece_type_ids: string[] }[],
    currentMonth: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return openingPayRanges(sharedContext.manager!, openings, currentMonth)
  }

  /** An application (or the update of hers to the same opening), throttled, in one transaction. */
  @InjectTransactionManager()
  async applyToOpening(input: ApplyInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.applications_.apply(sharedContext.transactionManager!, input)
  }

  /** What her status link shows. */
  @InjectManager()
  async applicationByToken(token: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.applications_.byToken(sharedContext.manager!, token)
  }

  /** Applications for staff or a coordinator, with their openings' titles and their history. */
  @InjectManager()
  async listApplicationsWithHistory(filter: ApplicationFilter, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return listApplications(sharedContext.manager!, filter)
  }

  /** A move made by hand, with its note, the application's row locked. */
  @InjectTransactionManager()
  async moveApplication(input: MoveApplicationInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.applications_.move(sharedContext.transactionManager!, input)
  }

  @InjectManager()
  async hireCandidate(id: string, workshopIds: string[] | undefined, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.applications_.hireCandidate(sharedContext.manager!, id, workshopIds)
  }

  /** Marks the application hired with her artisan record, once (its row locked). */
  @InjectTransactionManager()
  async markApplicationHired(
    input: { application_id: string; artisan_id: string; actor_id: string; note: string | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return this.applications_.markHired(sharedContext.transactionManager!, input)
  }

  /** Product search (issue 13): the matching published products of these sales channels, best first, and how many match. */
  @InjectTransactionManager()
  async searchProducts(input: ProductSearchInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    // a transaction of its own: the search sets a planner setting for itself only (`set local`)
    return this.productSearch_.search(sharedContext.transactionManager!, input)
  }

  /** Writes the search documents of these products (made by lib/product-search). */
  @InjectTransactionManager()
  async saveProductSearchDocuments(rows: ProductSearchRow[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.productSearch_.save(sharedContext.transactionManager!, rows)
  }

  /** Removes the search documents of these products. */
  @InjectTransactionManager()
  async removeProductSearchDocuments(productIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.productSearch_.remove(sharedContext.transactionManager!, productIds)
  }

  /** The database's clock, for a full rebuild's start. */
  @InjectManager()
  async productSearchClock(@MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.productSearch_.now(sharedContext.manager!)
  }

  /** After a full rebuild: removes the documents neither it nor a subscriber wrote since `since`. */
  @InjectTransactionManager()
  async removeProductSearchDocumentsOlderThan(since: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.productSearch_.removeOlderThan(sharedContext.transactionManager!, since)
  }

  /** CNY per unit of `currency` (the plugin's configured rate; "1" for CNY). */
  rateToCny(currency: string): string {
    const rate = this.rates_[currency.toLowerCase()]
    if (!rate) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No exchange rate to CNY for ${currency}`)
    }
    return rate
  }

  /** `amount` in `currency` converted to CNY at the configured rate, rounded to the fen. */
  toCny(amount: string, currency: string): string {
    return convert(amount, this.rateToCny(currency))
  }
}

export default WorkshopModuleService
