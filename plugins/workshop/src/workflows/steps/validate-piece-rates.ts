import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCalendarDate, monthOf, zeroRateNeedsConfirming } from "../../domain"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type PieceRateData = {
  /** YYYY-MM-DD, a day in China */
  effective_from: string
  /** CNY, major units, for an accepted grade A piece */
  rate_a: number
  /** CNY, major units, for a grade B piece: at most rate_a */
  rate_b: number
  /** true: a grade A rate of 0 is meant (it pays nothing for an accepted piece); not stored */
  confirm_zero?: boolean
}

/** What is wrong with a rate on its own (message naming the field), or null. */
export function pieceRateProblem(rate: PieceRateData): string | null {
  if (!isCalendarDate(rate.effective_from)) {
    return "effective_from: 日期格式应为 YYYY-MM-DD / must be a date as YYYY-MM-DD"
  }
  if (MathBN.lt(rate.rate_a, 0)) {
    return "rate_a: 单价不能为负 / must be 0 or more"
  }
  if (MathBN.lt(rate.rate_b, 0)) {
    return "rate_b: 单价不能为负 / must be 0 or more"
  }
  if (MathBN.gt(rate.rate_b, rate.rate_a)) {
    return "rate_b: B 级单价不能高于 A 级 / must not be more than rate_a"
  }
  if (zeroRateNeedsConfirming(rate)) {
    return "rate_a: A 级单价为 0，合格品将不付钱：请确认后再保存 / a grade A rate of 0 pays nothing for an accepted piece: confirm it (confirm_zero: true) to save it"
  }
  return null
}

export type ValidatePieceRatesInput = {
  rates: (PieceRateData & { piece_type_id?: string })[]
}

export const validatePieceRatesStepId = "validate-piece-rates-step"

/**
 * Refuses (400, naming the field) a rate that is negative, pays grade B more than grade A, pays
 * nothing for grade A without `confirm_zero`, has no valid date, takes effect inside a closed
 * month, or would be a second rate for the same piece type on the same date; a rate for an
 * unknown piece type is a 404. Writes nothing (the database's unique index backs the date rule).
 */
export const validatePieceRatesStep = createStep(
  validatePieceRatesStepId,
  async ({ rates }: ValidatePieceRatesInput, { container }) => {
    for (const rate of rates) {
      const problem = pieceRateProblem(rate)
      if (problem) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      }
    }
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const pieceTypeIds = [...new Set(rates.map((r) => r.piece_type_id).filter((id): id is string => !!id))]
    if (pieceTypeIds.length) {
      const known = new Set((await service.listPieceTypes({ id: pieceTypeIds }, { select: ["id"] })).map((p) => p.id))
      const missing = pieceTypeIds.filter((id) => !known.has(id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Piece type ${missing.join(", ")} was not found`)
      }
    }
    // A rate can't start inside a closed month: its work is in statements already, with the rate
    // each entry copied when it was recorded, so the new rate could never apply there.
    const months = [...new Set(rates.map((r) => monthOf(r.effective_from)))]
    const closed = await service.listPeriods({ month: months, status: ["closed", "paid"] }, { select: ["month"] })
    if (closed.length) {
      const month = closed.map((p) => p.month).sort()[0]
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `effective_from: ${month} 已结账，新单价不能从这个月开始，请选下一个未结账月份的日期 / ${month} is closed: a new rate can't take effect in it (its work was paid at the rates then); choose a date in a month still open`
      )
    }
    const seen = new Set<string>()
    for (const rate of rates) {
      if (!rate.piece_type_id) continue
      const key = `${rate.piece_type_id} ${rate.effective_from}`
      const existing = seen.has(key)
        ? 1
        : (await service.listPieceRates({ piece_type_id: rate.piece_type_id, effective_from: rate.effective_from }, { select: ["id"] })).length
      if (existing) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `effective_from: ${rate.effective_from} 已有单价，请改用其他日期 / this piece type already has a rate from ${rate.effective_from}; choose another date`
        )
      }
      seen.add(key)
    }
    return new StepResponse(void 0)
  }
)
