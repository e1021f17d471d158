/**
 * The events the money path emits through Medusa's event bus, after its transaction has
 * committed (emitted from the workflows with `emitEventStep`, which Medusa releases only when the
 * workflow succeeds), with ids only, as Medusa's own events do. A replayed request or a redelivered
 * event that writes nothing emits nothing.
 */
export const WorkshopEvents = {
  /** `{ id }` of the work batch */
  WORK_BATCH_RECORDED: "workshop.work_batch.recorded",
  /** `{ id }` of the work entry */
  WORK_ENTRY_REVERSED: "workshop.work_entry.reversed",
  /** `{ id }` of the ledger entry */
  ADJUSTMENT_POSTED: "workshop.adjustment.posted",
  /** one `{ id }` per ledger entry credited */
  SALE_SHARE_CREDITED: "workshop.sale_share.credited",
  /** one `{ id }` per reversal ledger entry */
  SALE_SHARE_REVERSED: "workshop.sale_share.reversed",
  /** `{ id }` of the period (the month, YYYY-MM) */
  PERIOD_CLOSED: "workshop.period.closed",
  /** `{ id }` of the period (the month, YYYY-MM) */
  PERIOD_PAID: "workshop.period.paid",
  /** `{ id }` of the payout (one per payout, the month's shortcut included) */
  PAYOUT_RECORDED: "workshop.payout.recorded",
  /** `{ id }` of the payout that failed */
  PAYOUT_FAILED: "workshop.payout.failed",
  /**
   * `{ ids }` of the payouts recorded at once: a payout run's results file, the month's pay
   * shortcut (thousands of women: one event, not one each)
   */
  PAYOUTS_RECORDED: "workshop.payouts.recorded",
  /** `{ ids }` of the payouts a payout run's results file says came back */
  PAYOUTS_FAILED: "workshop.payouts.failed",
  /** `{ id }` of the advance paid to her */
  ADVANCE_RECORDED: "workshop.advance.recorded",
  /** `{ id }` of the statement question a woman opened about a line of her month */
  STATEMENT_QUESTION_OPENED: "workshop.statement_question.opened",
  /** `{ id }` of the statement question that was answered */
  STATEMENT_QUESTION_RESOLVED: "workshop.statement_question.resolved",
  /** `{ id }` of the application a woman made (or updated) to a mama-post opening */
  APPLICATION_RECEIVED: "workshop.application.received",
  /** `{ id, status }` of the application moved by staff or a coordinator (new, contacted, trial, not now) */
  APPLICATION_MOVED: "workshop.application.moved",
  /** `{ id, artisan_id }`: the application hired, and the artisan made for her */
  APPLICATION_HIRED: "workshop.application.hired",
  /** `{ id }` of the training session whose attendance grew (a replay that records nobody new emits nothing) */
  TRAINING_ATTENDANCE_RECORDED: "workshop.training_attendance.recorded",
} as const

export type WorkshopEventName = (typeof WorkshopEvents)[keyof typeof WorkshopEvents]
