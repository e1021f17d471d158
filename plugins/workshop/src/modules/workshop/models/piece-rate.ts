import { model } from "@medusajs/framework/utils"
import { PieceType } from "./piece-type"

/**
 * What one accepted piece pays from `effective_from` on (grade A; grade B may pay less; rejected
 * pays nothing). The rate in force on the work date is copied into each work entry.
 */
export const PieceRate = model
  .define("piece_rate", {
    id: model.id({ prefix: "prate" }).primaryKey(),
    /** YYYY-MM-DD */
    effective_from: model.text(),
    rate_a: model.bigNumber(),
    rate_b: model.bigNumber(),
    created_by: model.text().nullable(),
    piece_type: model.belongsTo(() => PieceType, { mappedBy: "rates" }),
  })
  .indexes([{ on: ["piece_type_id", "effective_from"], unique: true, where: "deleted_at IS NULL" }])
