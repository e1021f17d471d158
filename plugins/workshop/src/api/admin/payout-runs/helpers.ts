/** The 400 of a payout run whose month isn't closed. */
export const notClosed = (month: string) => ({
  type: "invalid_data",
  field: "period",
  message: `period: ${month} 还没有结账 / ${month} is not a closed month`,
})
