import { model } from "@medusajs/framework/utils"
import { APPLICATION_STATES } from "../../../../domain/programme"

/**
 * A woman's application to an opening, made without an account. One per phone and opening: a
 * second one from the same phone updates the first. She sees its status through a private link
 * whose token is kept only as a sha256 hash. Hiring her links the artisan record made for her.
 */
export const Application = model
  .define("application", {
    id: model.id({ prefix: "appl" }).primaryKey(),
    opening_id: model.text(),
    workshop_id: model.text(),
    name: model.text(),
    /** E.164, mainland mobiles as the phone login stores them (+86…) */
    phone: model.text(),
    town: model.text(),
    availability: model.text(),
    childcare_needs: model.text().nullable(),
    consent: model.boolean(),
    locale: model.enum(["zh-CN", "en"]),
    status: model.enum([...APPLICATION_STATES]).default("new"),
    status_token_hash: model.text(),
    artisan_id: model.text().nullable(),
  })
  .indexes([
    { on: ["opening_id", "phone"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status_token_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["workshop_id", "status"], where: "deleted_at IS NULL" },
    { on: ["phone", "created_at"], where: "deleted_at IS NULL" },
  ])
