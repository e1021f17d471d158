import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

export const ADMIN_EMAIL = "admin@jinxiu.test"
export const DEMO_PASSWORD = "jinxiu-demo"

/** The programme staff's demo login for the admin, created once. */
export async function ensureAdminUser(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)
  const [existing] = await userService.listUsers({ email: ADMIN_EMAIL })
  if (existing) return
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: ADMIN_EMAIL, first_name: "Jinxiu", last_name: "Admin" }] },
  })
  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email: ADMIN_EMAIL, password: DEMO_PASSWORD },
  } as never)
  if (error || !authIdentity) {
    throw new Error(`Could not create the admin login: ${error}`)
  }
  await authService.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  logger.info(`Admin user ${ADMIN_EMAIL} created`)
}
