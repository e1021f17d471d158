import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MathBN,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  Artisan,
  Coordinator,
  LedgerEntry,
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
import { postAdjustment, type AdjustmentInput } from "./ledger/adjustments"
import { postSaleShares, reverseSaleShares, type SoldLine } from "./ledger/sale-shares"
import { closePeriod, payPeriod } from "./periods/close-period"
import { recordWorkBatch, type RecordWorkBatchInput } from "./work/record-work-batch"
import { reverseWorkEntry, type ReverseWorkEntryInput } from "./work/reverse-work-entry"
import { artisanMonthLines, artisanMonthlyTotals } from "./reports/artisan-earnings"
import { impactFigures } from "./reports/impact"
import { workshopMonthSummary } from "./reports/month-summary"
import { closePreview, periodsOverview, statementsOfPeriod } from "./reports/periods-overview"

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

export class WorkshopModuleService extends MedusaService({
  Workshop,
  Artisan,
  Coordinator,
  PieceType,
  PieceRate,
  WorkEntry,
  WorkBatch,
  LedgerEntry,
  Period,
  Statement,
  ProductMakerShare,
  ProductMaker,
}) {
  protected readonly rates_: Record<string, string>

  constructor(container: Record<string, unknown>, options: Options = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.rates_ = { ...DEFAULT_RATES, ...(options?.exchange_rates_to_cny ?? {}) }
  }

  // The generated update/delete methods for ledger entries refuse: the ledger is append-only
  // (and the database refuses too, see the migration's trigger).
  updateLedgerEntries = appendOnly
  deleteLedgerEntries = appendOnly
  softDeleteLedgerEntries = appendOnly
  restoreLedgerEntries = appendOnly

  @InjectTransactionManager()
  async recordWorkBatch(input: RecordWorkBatchInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return recordWorkBatch(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async reverseWorkEntry(input: ReverseWorkEntryInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return reverseWorkEntry(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async postAdjustment(input: AdjustmentInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return postAdjustment(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async closePeriod(
    input: { month: string; actor_id: string; current_month: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return closePeriod(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async payPeriod(
    input: { month: string; actor_id: string; payment_reference: string; paid_at: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return payPeriod(sharedContext.transactionManager!, input)
  }

  @InjectTransactionManager()
  async postSaleShares(
    input: { order: { id: string; display_id?: number | null }; lines: SoldLine[]; current_month: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return postSaleShares(sharedContext.transactionManager!, input.order, input.lines, input.current_month, (a, c) =>
      this.toCny(a, c)
    )
  }

  @InjectTransactionManager()
  async reverseSaleShares(
    input: { line_item_ids: string[]; reason_key: string; reason: string; fraction?: string; current_month: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    return reverseSaleShares(sharedContext.transactionManager!, input)
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
  async impactFigures(year: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return impactFigures(sharedContext.manager!, year)
  }

  toCny(amount: string, currency: string): string {
    const rate = this.rates_[currency.toLowerCase()]
    if (!rate) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No exchange rate to CNY for ${currency}`)
    }
    return MathBN.mult(amount, rate).toFixed()
  }
}

export default WorkshopModuleService
