import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * What a signed-in coordinator may see: the workshops she coordinates, and nothing else. Every
 * /coordinator/* route narrows its reads through here. Identity comes from the session
 * (`auth_context.actor_id`), never from the request.
 */

const workshopIdsByRequest = new WeakMap<object, Promise<string[]>>()

/** The ids of the workshops the signed-in coordinator coordinates (looked up once per request). */
export async function coordinatorWorkshopIds(req: AuthenticatedMedusaRequest): Promise<string[]> {
  let ids = workshopIdsByRequest.get(req)
  if (!ids) {
    ids = lookUpWorkshopIds(req)
    workshopIdsByRequest.set(req, ids)
  }
  return ids
}

async function lookUpWorkshopIds(req: AuthenticatedMedusaRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "coordinator",
    fields: ["id", "workshops.id"],
    filters: { id: req.auth_context.actor_id },
  })
  return (data[0]?.workshops ?? []).map((w: { id: string }) => w.id)
}

/**
 * A list filter's `workshop_id` narrowed to her workshops: what she asked for that is hers, or
 * all of hers when she asked for none. May be empty (then the list is empty).
 */
export async function coordinatorWorkshopFilter(
  req: AuthenticatedMedusaRequest,
  requested?: string | string[]
): Promise<string[]> {
  const mine = await coordinatorWorkshopIds(req)
  if (requested === undefined) {
    return mine
  }
  const asked = new Set(Array.isArray(requested) ? requested : [requested])
  return mine.filter((id) => asked.has(id))
}

/**
 * 404 unless `workshopId` is one of her workshops: for anything outside them she gets the same
 * answer as for something that doesn't exist.
 */
export async function assertCoordinatorWorkshop(
  req: AuthenticatedMedusaRequest,
  workshopId: string | null | undefined,
  notFoundMessage: string
): Promise<void> {
  const mine = await coordinatorWorkshopIds(req)
  if (!workshopId || !mine.includes(workshopId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, notFoundMessage)
  }
}
