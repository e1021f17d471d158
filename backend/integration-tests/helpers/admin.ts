import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { Container, RequestConfig } from "./types"
import { uniqueSuffix } from "./unique"

export const ADMIN_PASSWORD = "admin-password-1"

/**
 * A new admin user with an emailpass login (password ADMIN_PASSWORD), and bearer headers for
 * /admin/* signed like Medusa signs its own tokens. Medusa's own test helpers do the same.
 */
export async function adminHeaders(container: Container): Promise<RequestConfig & { userId: string; email: string }> {
  const email = `admin-${uniqueSuffix()}@jinxiu.test`
  const user = await container.resolve(Modules.USER).createUsers({ email, first_name: "Test", last_name: "Admin" })

  const auth = container.resolve(Modules.AUTH)
  const registered = await auth.register("emailpass", { body: { email, password: ADMIN_PASSWORD } })
  if (!registered.success || !registered.authIdentity) {
    throw new Error(`adminHeaders: could not create the admin login: ${registered.error}`)
  }
  await auth.updateAuthIdentities({ id: registered.authIdentity.id, app_metadata: { user_id: user.id } })

  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: registered.authIdentity.id,
      app_metadata: { user_id: user.id },
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` }, userId: user.id, email }
}
