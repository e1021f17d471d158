import { model } from "@medusajs/framework/utils"

/**
 * One application sent (new or an update), counted to throttle applying per phone and per client
 * address (domain/limits.ts). Kept as facts; old rows only matter inside the windows.
 */
export const ApplyAttempt = model
  .define("apply_attempt", {
    id: model.id({ prefix: "aptry" }).primaryKey(),
    phone: model.text(),
    address: model.text(),
  })
  .indexes([
    { on: ["phone", "created_at"], where: "deleted_at IS NULL" },
    { on: ["address", "created_at"], where: "deleted_at IS NULL" },
  ])
