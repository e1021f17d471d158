import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * What the storefront tells the backend about the person behind a login it forwards: her
 * address, and the browser's device id when that browser has logged in before. Logins reach the
 * backend from the storefront's server, so without this every visitor would look like the
 * storefront itself.
 *
 * Anyone can send headers, so the claim is signed with STOREFRONT_CLIENT_SECRET, which only the
 * storefront and the backend hold (the launcher generates it once). The backend believes a claim
 * only when its signature is right and it is fresh; a claim sent from anywhere else is ignored.
 * Server code only (node:crypto).
 */

/** The request header carrying the signed claim: `<payload>.<signature>`, both base64url. */
export const TRUSTED_CLIENT_HEADER = "x-jinxiu-client"

/** The storefront's cookie naming a browser that has logged in successfully: `<id>.<signature>`. */
export const DEVICE_COOKIE = "jinxiu_device"

/** A device cookie lives a year; each successful login renews it. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60

/** How old a signed claim may be (it is made for one request, a moment before it is sent). */
export const CLAIM_MAX_AGE_MS = 2 * 60_000

export type TrustedClient = {
  /** the visitor's IP address as the storefront saw it */
  address: string | null
  /** the id in the browser's device cookie, when it carried a valid one */
  device: string | null
}

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/

function sign(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${value}`).digest("base64url")
}

function sameSignature(given: string, expected: string): boolean {
  if (!SIGNATURE.test(given)) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A well-formed IP address, else null. */
export function cleanAddress(address: unknown): string | null {
  if (typeof address !== "string") return null
  const trimmed = address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
  return ADDRESS.test(trimmed) ? trimmed : null
}

/**
 * The one address of a connection that can be believed: its own, or, behind `proxyHops` proxies
 * that each append to X-Forwarded-For, the entry the outermost of them wrote. Entries further left
 * were written by the caller and are not believed. (The storefront's server and the backend's
 * login throttling both decide a caller's address with this.)
 */
export function believedAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined | null,
  proxyHops: number
): string | null {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
  if (socketAddress) chain.push(socketAddress)
  if (!chain.length) return null
  const address = chain[Math.max(0, chain.length - 1 - proxyHops)]
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
}

/** The header value the storefront sends with a login it forwards. */
export function signTrustedClient(client: TrustedClient, secret: string, now = Date.now()): string {
  const claim = { a: cleanAddress(client.address), d: client.device && DEVICE_ID.test(client.device) ? client.device : null, t: now }
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url")
  return `${payload}.${sign(secret, "client", payload)}`
}

/** The claim in a header, or null when it is missing, malformed, wrongly signed or stale. */
export function verifyTrustedClient(header: unknown, secret: string | undefined, now = Date.now()): TrustedClient | null {
  if (!secret || typeof header !== "string" || header.length > 512) return null
  const [payload, signature, ...rest] = header.split(".")
  if (!payload || !signature || rest.length) return null
  if (!sameSignature(signature, sign(secret, "client", payload))) return null
  let claim: { a?: unknown; d?: unknown; t?: unknown }
  try {
    claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    return null
  }
  if (!claim || typeof claim !== "object" || typeof claim.t !== "number" || Math.abs(now - claim.t) > CLAIM_MAX_AGE_MS) {
    return null
  }
  return {
    address: cleanAddress(claim.a),
    device: typeof claim.d === "string" && DEVICE_ID.test(claim.d) ? claim.d : null,
  }
}

/** A new device cookie value: a random id and its signature. */
export function newDeviceCookie(secret: string): string {
  const id = randomBytes(18).toString("base64url")
  return `${id}.${sign(secret, "device", id)}`
}

/** The device id of a cookie the storefront signed, else null. */
export function verifyDeviceCookie(value: unknown, secret: string | undefined): string | null {
  if (!secret || typeof value !== "string" || value.length > 200) return null
  const [id, signature, ...rest] = value.split(".")
  if (!id || !signature || rest.length || !DEVICE_ID.test(id)) return null
  return sameSignature(signature, sign(secret, "device", id)) ? id : null
}
