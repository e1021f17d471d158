import { model } from "@medusajs/framework/utils"

/**
 * One artisan's frozen totals for a closed period; the totals by kind and the net always equal the
 * sum of her ledger entries of that period. Frozen with how the month settled (the domain's
 * settleMonth): the negative balance carried in from her previous statement, the advances
 * recovered, and what is payable; paid by payouts (see Payout). Never changes after that, except
 * the legacy `paid_at`/`payment_reference` the month's pay shortcut still sets.
 */
export const Statement = model
  .define("statement", {
    id: model.id({ prefix: "stmt" }).primaryKey(),
    /** YYYY-MM */
    period: model.text(),
    artisan_id: model.text(),
    workshop_id: model.text(),
    piecework_total: model.bigNumber(),
    sale_share_total: model.bigNumber(),
    bonus_total: model.bigNumber(),
    deduction_total: model.bigNumber(),
    reversal_total: model.bigNumber(),
    net_total: model.bigNumber(),
    /** 0 or negative: the balance carried in from her previous statement */
    carried_in: model.bigNumber().default(0),
    /** 0 or positive: her advances recovered from this month */
    advance_recovered: model.bigNumber().default(0),
    /** 0 or positive: what is to be paid to her for this month (net + carried_in − advance_recovered, at least 0) */
    payable_total: model.bigNumber().default(0),
    entry_count: model.number(),
    paid_at: model.dateTime().nullable(),
    payment_reference: model.text().nullable(),
  })
  .indexes([
    { on: ["period", "artisan_id"], unique: true },
    { on: ["artisan_id"] },
  ])
