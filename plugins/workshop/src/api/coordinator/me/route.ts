import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coordinatorProfileFields } from "./query-config"

/** GET /coordinator/me: her own profile and the workshops she coordinates. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "coordinator",
    fields: coordinatorProfileFields,
    filters: { id: req.auth_context.actor_id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Coordinator not found")
  }
  res.json({ coordinator: data[0] })
}
