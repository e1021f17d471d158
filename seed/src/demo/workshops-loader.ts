import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WORKSHOPS } from "./workshops"

/** The seven workshops, created when missing (by handle). */
export async function loadWorkshops(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const workshopService = container.resolve("workshop") as {
    listWorkshops: (filters: Record<string, unknown>) => Promise<{ handle: string }[]>
    createWorkshops: (data: unknown[]) => Promise<unknown[]>
  }
  const existing = await workshopService.listWorkshops({ handle: WORKSHOPS.map((w) => w.handle) })
  const missing = WORKSHOPS.filter((w) => !existing.some((e) => e.handle === w.handle))
  if (missing.length) {
    await workshopService.createWorkshops(missing.map((w) => ({ ...w, is_active: true })))
  }
  logger.info(`Workshops: ${existing.length + missing.length} (${missing.length} new)`)
}
