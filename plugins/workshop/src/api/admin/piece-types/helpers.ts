import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withCurrentRate } from "../../../lib/current-rate"

/** One piece type as the admin asked for it, with its rates and the rate in force today, or 404. */
export async function refetchPieceType(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "piece_type", fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Piece type with id: ${id} was not found`)
  }
  return withCurrentRate(data[0])
}
