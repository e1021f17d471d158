import { model } from "@medusajs/framework/utils"
import { ProductMaker } from "./product-maker"
import { Workshop } from "./workshop"

/**
 * A craftswoman (繡娘). Her display name may be a pseudonym; her legal name and phone are private.
 * The public story and photo are shown only while `public_profile` (her consent) is true.
 * Her login is an auth identity (phone + password) whose app_metadata holds `artisan_id`.
 */
export const Artisan = model
  .define("artisan", {
    id: model.id({ prefix: "art" }).primaryKey(),
    display_name: model.text().searchable(),
    legal_name: model.text(),
    /** E.164, e.g. +8613800000001 */
    phone: model.text(),
    /** YYYY-MM-DD */
    joined_on: model.text(),
    /** YYYY-MM-DD: the day she left; piecework dated after it is refused */
    left_on: model.text().nullable(),
    skills: model.json().nullable(),
    status: model.enum(["active", "paused", "left"]).default("active"),
    public_profile: model.boolean().default(false),
    story_zh: model.text().nullable(),
    story_en: model.text().nullable(),
    photo_url: model.text().nullable(),
    monthly_goal: model.bigNumber().nullable(),
    workshop: model.belongsTo(() => Workshop, { mappedBy: "artisans" }),
    product_makers: model.hasMany(() => ProductMaker, { mappedBy: "artisan" }),
  })
  .indexes([
    { on: ["phone"], unique: true, where: "deleted_at IS NULL" },
    { on: ["workshop_id", "status"], where: "deleted_at IS NULL" },
  ])
