/**
 * Limits, the one place they live: the routes' validators, the desk, the admin and the seed all
 * import them, so a form never accepts what the server refuses (or the other way round).
 */

/** Pieces in one work line. */
export const MAX_QUANTITY = 10_000
/** Lines in one batch a coordinator sends. */
export const MAX_LINES = 500
/** Entries one list request returns at most. */
export const MAX_LIST_LIMIT = 500

/** A note on a work line, a reason for a reversal or an adjustment. */
export const MAX_NOTE_LENGTH = 500
export const MAX_REASON_LENGTH = 500
/** A payment reference (bank batch number, WeChat transfer id…). */
export const MAX_PAYMENT_REFERENCE_LENGTH = 200

/** Passwords of every login (the phone provider and the admin's forms). */
export const MIN_PASSWORD_LENGTH = 8
export const MAX_PASSWORD_LENGTH = 200

/** A woman's monthly goal, in yuan. */
export const MAX_MONTHLY_GOAL_YUAN = 100_000

/** Makers named on one product, and the weight one maker may carry. */
export const MAX_MAKERS_PER_PRODUCT = 20
export const MAX_MAKER_WEIGHT = 100
/** The makers' share of a sale, in percent. */
export const MAX_SHARE_PERCENT = 100

/** An adjustment (bonus or deduction), in yuan. */
export const MAX_ADJUSTMENT_YUAN = 100_000
