import { model } from "@medusajs/framework/utils"

/**
 * How one woman is paid (one row per artisan): the preferred method, the account holder's name,
 * the account (WeChat id, Alipay account, bank account number) and the bank. Staff edit it on one
 * admin screen; every other answer shows it masked (`domain/payout-details.ts`), and it is never
 * logged.
 */
export const ArtisanPayoutDetails = model
  .define("artisan_payout_details", {
    id: model.id({ prefix: "apd" }).primaryKey(),
    artisan_id: model.text(),
    method: model.enum(["wechat", "alipay", "bank", "cash"]),
    account_name: model.text(),
    account: model.text().nullable(),
    bank_name: model.text().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["artisan_id"], unique: true }])
