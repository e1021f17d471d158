import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_PASSWORD } from "./admin-user"
import { ensurePasswordLogins } from "./logins"
import { ARTISANS, COORDINATORS } from "./people"
import { workshopIds, workshopService } from "./workshop-service"

export type People = {
  /** artisan id by E.164 phone */
  artisanIds: Map<string, string>
  /** by workshop handle: the coordinator who records its work, and all the workshops she may record for */
  coordinators: Map<string, { id: string; workshop_ids: string[] }>
}

/**
 * The coordinators (linked to their workshops) and the craftswomen, each with her login; found by
 * e-mail and phone, created only when missing.
 */
export async function loadPeople(container: MedusaContainer): Promise<People> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = workshopService(container)
  const workshops = await workshopIds(container)
  const workshopId = (handle: string) => {
    const id = workshops.get(handle)
    if (!id) throw new Error(`Workshop ${handle} is missing`)
    return id
  }

  // Coordinators
  const existingCoordinators = await service.listCoordinators({ email: COORDINATORS.map((c) => c.email) })
  const missingCoordinators = COORDINATORS.filter((c) => !existingCoordinators.some((e) => e.email === c.email))
  const createdCoordinators = missingCoordinators.length
    ? await service.createCoordinators(
        missingCoordinators.map((c) => ({ email: c.email, name: c.name, phone: c.phone, workshops: c.workshops.map(workshopId) }))
      )
    : []
  const coordinatorRows = [...existingCoordinators, ...createdCoordinators]
  const coordinators = new Map(
    COORDINATORS.map((c) => {
      const row = coordinatorRows.find((r) => r.email === c.email)!
      return [c.workshops[0], { id: row.id, workshop_ids: c.workshops.map(workshopId) }] as const
    })
  )
  const coordinatorLogins = await ensurePasswordLogins(
    container,
    COORDINATORS.map((c) => ({
      provider: "emailpass",
      entity_id: c.email,
      password: DEMO_PASSWORD,
      app_metadata: { coordinator_id: coordinators.get(c.workshops[0])!.id },
    }))
  )

  // Artisans
  const existingArtisans = await service.listArtisans({ phone: ARTISANS.map((a) => a.phone) }, { select: ["id", "phone"], take: null })
  const missingArtisans = ARTISANS.filter((a) => !existingArtisans.some((e) => e.phone === a.phone))
  const createdArtisans = missingArtisans.length
    ? await service.createArtisans(
        missingArtisans.map(({ workshop, story, days_per_week: _d, last_day, ...artisan }) => ({
          ...artisan,
          // a woman who has left left on her last day; her work before it stays hers
          left_on: artisan.status === "left" ? (last_day ?? null) : null,
          workshop_id: workshopId(workshop),
          public_profile: !!story,
          story_zh: story?.zh ?? null,
          story_en: story?.en ?? null,
        }))
      )
    : []
  const artisanIds = new Map([...existingArtisans, ...createdArtisans].map((a) => [a.phone as string, a.id]))
  const artisanLogins = await ensurePasswordLogins(
    container,
    ARTISANS.map((a) => ({
      provider: "phone",
      entity_id: a.phone,
      password: DEMO_PASSWORD,
      app_metadata: { artisan_id: artisanIds.get(a.phone)! },
    }))
  )

  logger.info(
    `People: ${COORDINATORS.length} coordinators (${missingCoordinators.length} new, ${coordinatorLogins} new logins), ` +
      `${ARTISANS.length} artisans (${missingArtisans.length} new, ${artisanLogins} new logins)`
  )
  return { artisanIds, coordinators }
}
