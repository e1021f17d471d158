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
  Period,
  PieceRate,
  PieceType,
  ProductMaker,
  ProductMakerShare,
  Statement,
  WorkBatch,
  WorkEntry,
  Workshop,
} from "./models"
import { convert, DEFAULT_PAYOUT_METHOD, type PayoutDetails, type PayoutMethod } from "../../domain"
import type { AdjustmentInput } from "./repositories/ledger/adjustments"
import type { ReverseSaleSharesInput, SoldLine } from "./repositories/ledger/sale-shares"
import type { RecordWorkBatchInput } from "./repositories/work-batch/record-work-batch"
import type { ReverseWorkEntryInput } from "./repositories/work-batch/reverse-work-entry"
import type { LedgerSqlRepository } from "./repositories/ledger-sql"
import type { PayoutSqlRepository } from "./repositories/payout-sql"
import type { RecordPayoutFailureInput, RecordPayoutInput } from "./repositories/payout/record-payout"
import type { PeriodSqlRepository } from "./repositories/period-sql"
import type { WorkBatchSqlRepository } from "./repositories/work-batch-sql"
import { artisanMonthLines, artisanMonthlyTotals } from "./reports/artisan-earnings"
import { impactFigures } from "./reports/impact"
import { orderSaleShares, orderSettlements } from "./reports/order-sale-shares"
import { workshopDaySummary, workshopMonthSummary } from "./reports/month-summary"
import { closePreview, periodsOverview, statementsOfPeriod } from "./reports/periods-overview"
import { artisanPayouts, periodPayouts } from "./reports/payouts"
import { payoutDetailsOf, upsertPayoutDetails } from "./reports/payout-details"

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
  Period,
  Statement,
  ProductMakerShare,
  ProductMaker,
}) {
  protected readonly rates_: Record<string, string>
  protected readonly workBatches_: WorkBatchSqlRepository
  protected readonly ledger_: LedgerSqlRepository
  protected readonly periods_: PeriodSqlRepository
  protected readonly payouts_: PayoutSqlRepository

  constructor(
    container: {
      workBatchSqlRepository: WorkBatchSqlRepository
      ledgerSqlRepository: LedgerSqlRepository
      periodSqlRepository: PeriodSqlRepository
      payoutSqlRepository: PayoutSqlRepository
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

  @InjectTransactionManager()
  async recordWorkBatch(input: RecordWorkBatchInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.workBatches_.record(sharedContext.transactionManager!, input)
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
    input: { month: string; actor_id: string; current_month: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return this.periods_.close(sharedContext.transactionManager!, input)
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
  async impactFigures(year: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return impactFigures(sharedContext.manager!, year)
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
