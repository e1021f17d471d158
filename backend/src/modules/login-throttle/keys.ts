import { mainlandMobileDigits } from "@jinxiu/workshop/domain/mobile"
import { believedAddress } from "@jinxiu/workshop/trusted-client"

/**
 * The keys failed logins are counted under. A login's key names the credential being guessed
 * (the auth provider and its normalised identifier), not the actor type: Medusa keeps one
 * password per e-mail across customers, coordinators and admin users, so counting per actor type
 * would give a guesser one allowance per actor type for the same password.
 */

/**
 * A mobile number as its digits: a mainland number as its 11 digits by the same rule the login
 * reads it with (so every way of writing one number counts as one), anything else as its digits.
 */
export function normalizePhone(input: unknown): string | null {
  if (typeof input !== "string") return null
  const mainland = mainlandMobileDigits(input)
  if (mainland) return mainland
  const digits = input.normalize("NFKC").replace(/\D/g, "")
  return digits || null
}

/** An e-mail trimmed and lower-cased. */
export function normalizeEmail(input: unknown): string | null {
  if (typeof input !== "string") return null
  const email = input.normalize("NFKC").trim().toLowerCase()
  return email || null
}

/** The login's key from the request body: `phone:<digits>` or `<provider>:<e-mail>`, or null. */
export function loginKey(provider: string, body: unknown): string | null {
  const fields = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const identifier = provider === "phone" ? normalizePhone(fields.phone) : normalizeEmail(fields.email)
  return identifier ? `${provider}:${identifier}`.slice(0, 320) : null
}

/** The client address's key (IPv4 addresses written as IPv6-mapped are shortened). */
export function ipKey(ip: string | undefined | null): string | null {
  if (!ip) return null
  return `ip:${ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")}`
}

/** The key of a browser the storefront vouches for (it has logged in successfully before). */
export function deviceKey(device: string | null | undefined): string | null {
  return device ? `device:${device}` : null
}

/**
 * The address of a caller that did not come through the storefront: the connection's own
 * address, or, behind `proxyHops` proxies, the entry the outermost of them wrote.
 */
export function directAddress(socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined, proxyHops: number): string | null {
  return believedAddress(forwardedFor, socketAddress, proxyHops)
}
