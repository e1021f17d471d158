import { model } from "@medusajs/framework/utils"
import { OPENING_PLACES } from "../../../../domain/programme"

/**
 * A mama-post opening (妈妈岗) at one workshop: the work (its piece types), where it is done, the
 * hours, how many women are wanted. The pay it shows is never typed in: it is read from the ledger
 * of the women doing that work (`openingPayRange`).
 */
export const Opening = model
  .define("opening", {
    id: model.id({ prefix: "opn" }).primaryKey(),
    workshop_id: model.text(),
    title_zh: model.text(),
    title_en: model.text(),
    description_zh: model.text().nullable(),
    description_en: model.text().nullable(),
    /** the piece types of the work, whose ledger gives the pay shown */
    piece_type_ids: model.json(),
    place: model.enum([...OPENING_PLACES]),
    district_zh: model.text(),
    district_en: model.text(),
    town_zh: model.text().nullable(),
    town_en: model.text().nullable(),
    hours_zh: model.text(),
    hours_en: model.text(),
    positions: model.number(),
    status: model.enum(["open", "closed"]).default("open"),
  })
  .indexes([
    { on: ["workshop_id", "status"], where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
