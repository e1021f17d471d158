/**
 * Jinxiu's money contract, as pure TypeScript (no Medusa, no I/O): money, the calendar, piece
 * rates, limits, the rules of a work line, and the shapes our routes answer. Exported as
 * `@jinxiu/workshop/domain`; the module, the workflows, the admin, the storefront, the seed and
 * the tests import it, and nothing keeps a second copy of a rule.
 */
export * from "./money"
export * from "./calendar"
export * from "./rates"
export * from "./limits"
export * from "./work-lines"
export * from "./typed-numbers"
export * from "./passwords"
export * from "./mobile"
export * from "./bilingual"
export * from "./payouts"
export * from "./payout-details"
export * from "./programme"
export * from "./pay-slip"
export * from "./statement-questions"
export * from "./notices"
export * from "./http"
export * from "./search"
