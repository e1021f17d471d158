import { model } from "@medusajs/framework/utils"
import { Workshop } from "./workshop"

/** Records output for the workshops she coordinates, and sees only those. */
export const Coordinator = model
  .define("coordinator", {
    id: model.id({ prefix: "coord" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    phone: model.text().nullable(),
    workshops: model.manyToMany(() => Workshop, {
      mappedBy: "coordinators",
      pivotTable: "workshop_coordinator",
    }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
