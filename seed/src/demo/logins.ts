import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type PasswordLogin = {
  /** "emailpass" (coordinators) or "phone" (artisans) */
  provider: string
  /** the login name as the provider stores it: e-mail in lower case, or E.164 phone */
  entity_id: string
  password: string
  /** e.g. { coordinator_id } or { artisan_id } */
  app_metadata: Record<string, string>
}

/** Password hashing (scrypt) runs in libuv's thread pool: a few at a time use both cores. */
const HASHING_AT_ONCE = 4

/**
 * Creates the logins that don't exist yet, the way the plugin's createPasswordLoginStep does (the
 * phone provider refuses self-registration): an auth identity carrying the actor id, then the
 * provider hashes and stores the password. A login whose password could not be set is removed
 * again. Returns how many were created (or finished).
 */
export async function ensurePasswordLogins(container: MedusaContainer, logins: PasswordLogin[]): Promise<number> {
  const auth = container.resolve(Modules.AUTH)
  let created = 0
  for (const provider of [...new Set(logins.map((l) => l.provider))]) {
    const wanted = logins.filter((l) => l.provider === provider)
    const existing = await auth.listProviderIdentities(
      { provider, entity_id: wanted.map((l) => l.entity_id) } as never,
      { select: ["id", "entity_id", "provider_metadata"], take: null } as never
    )
    const have = new Set(existing.map((p) => p.entity_id))
    // A run stopped between the two steps leaves a login without a password: finish it.
    const unfinished = new Set(existing.filter((p) => !p.provider_metadata?.password).map((p) => p.entity_id))
    const missing = wanted.filter((l) => !have.has(l.entity_id) || unfinished.has(l.entity_id))
    if (!missing.length) continue
    const toCreate = missing.filter((l) => !have.has(l.entity_id))
    if (toCreate.length) {
      await auth.createAuthIdentities(
        toCreate.map((l) => ({ provider_identities: [{ provider, entity_id: l.entity_id }], app_metadata: l.app_metadata }))
      )
    }
    const failures: string[] = []
    const failed: string[] = []
    let next = 0
    const worker = async () => {
      while (next < missing.length) {
        const i = next++
        const result = await auth.updateProvider(provider, { entity_id: missing[i].entity_id, password: missing[i].password })
        if (!result.success) {
          failures.push(`${missing[i].entity_id}: ${result.error}`)
          failed.push(missing[i].entity_id)
        }
      }
    }
    await Promise.all(Array.from({ length: HASHING_AT_ONCE }, worker))
    if (failed.length) {
      const orphans = await auth.listProviderIdentities({ provider, entity_id: failed } as never, { select: ["auth_identity_id"] } as never)
      await auth.deleteAuthIdentities(orphans.map((p) => p.auth_identity_id!))
      throw new Error(`Could not set the password of ${failed.length} ${provider} logins: ${failures.join("; ")}`)
    }
    created += missing.length
  }
  return created
}
