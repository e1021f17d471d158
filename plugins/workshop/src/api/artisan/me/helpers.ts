import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { artisanProfileFields } from "./query-config"

/** The signed-in artisan's own profile (her id comes from the session). */
export async function ownArtisanProfile(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "artisan",
    fields: artisanProfileFields,
    filters: { id: req.auth_context.actor_id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Artisan not found")
  }
  return data[0]
}
