/**
 * Her payout details (how she is paid: method, account holder, account, bank) and how they are
 * shown: masked everywhere except the one admin screen that edits them.
 */
import type { PayoutMethod } from "./payouts"

export type PayoutDetails = {
  method: PayoutMethod
  account_name: string
  account: string | null
  bank_name: string | null
}

/**
 * What each method needs to pay her: WeChat Pay and Alipay an account, a bank transfer the account
 * number and the bank, cash nothing but her name. Returns the missing fields with their message
 * (zh / en), empty when the details can pay her.
 */
export function payoutDetailsProblems(details: Pick<PayoutDetails, "method" | "account" | "bank_name">): { field: "account" | "bank_name"; message: string }[] {
  const problems: { field: "account" | "bank_name"; message: string }[] = []
  const blank = (v: unknown) => typeof v !== "string" || !v.trim()
  const names: Record<string, string> = { wechat: "微信号 / WeChat id", alipay: "支付宝账号 / Alipay account", bank: "银行账号 / bank account number" }
  const what = Object.hasOwn(names, details.method) ? names[details.method] : undefined
  if (what && blank(details.account)) {
    problems.push({ field: "account", message: `account: 需要填写${what.split(" / ")[0]} / a ${what.split(" / ")[1]} is required for this method` })
  }
  if (details.method === "bank" && blank(details.bank_name)) {
    problems.push({ field: "bank_name", message: "bank_name: 银行转账需要开户行 / the bank is required for a bank transfer" })
  }
  return problems
}

const MASK = "*"

/**
 * An account masked: its last 4 characters kept (spaces kept where they are, so `6222 0000 0000
 * 1234` reads `**** **** **** 1234`), every other character a `*`. Shorter accounts keep less, so
 * most of it is always hidden: 5-7 characters keep 2, 2-4 keep 1, a single character keeps none.
 */
export function maskAccount(account: string): string {
  const chars = Array.from(account)
  const significant = chars.filter((c) => c !== " ").length
  const keep = significant >= 8 ? 4 : significant >= 5 ? 2 : significant >= 2 ? 1 : 0
  let kept = 0
  const out = [...chars]
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === " ") continue
    if (kept < keep) kept++
    else out[i] = MASK
  }
  return out.join("")
}

/** A name masked: `陈秀兰` → `陈*兰` (first and last kept from 3 characters), `陈兰` → `陈*`, one character → `*`. */
export function maskName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return MASK.repeat(chars.length)
  if (chars.length === 2) return chars[0] + MASK
  return chars[0] + MASK.repeat(chars.length - 2) + chars[chars.length - 1]
}

/** Her payout details as everyone but the admin's edit screen sees them. The bank's name is not secret. */
export function maskPayoutDetails(details: PayoutDetails): PayoutDetails {
  return {
    method: details.method,
    account_name: maskName(details.account_name),
    account: details.account === null ? null : maskAccount(details.account),
    bank_name: details.bank_name,
  }
}
