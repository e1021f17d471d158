// Who the visitor is, decided once per request by the storefront's server (server.mjs) before any
// page runs. Plain JavaScript so the server can load it without a build step.
import { believedAddress } from "@jinxiu/workshop/trusted-client"

/**
 * The one address of a request that can be believed: the connection's own, or, behind `proxyHops`
 * proxies that each append to X-Forwarded-For, the entry the outermost of them wrote (the rule
 * the backend's login throttling uses too).
 * @param {string | string[] | undefined} forwardedFor
 * @param {string | undefined | null} socketAddress
 * @param {number} proxyHops
 * @returns {string | null}
 */
export function clientAddress(forwardedFor, socketAddress, proxyHops) {
  return believedAddress(forwardedFor, socketAddress, proxyHops)
}

/**
 * STOREFRONT_PROXY_HOPS: proxies in front of the storefront whose X-Forwarded-For is believed
 * (default 0, `npm start` faces visitors directly).
 * @param {Record<string, string | undefined>} env
 */
export function readProxyHops(env) {
  const raw = env.STOREFRONT_PROXY_HOPS?.trim()
  if (!raw) return 0
  if (!/^\d+$/.test(raw)) throw new Error(`STOREFRONT_PROXY_HOPS must be a whole number of at least 0 (got "${raw}")`)
  return Number(raw)
}

/**
 * Whether a request's path decodes to text (percent-escapes of valid UTF-8).
 * @param {string | undefined} url
 */
export function decodablePath(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0])
    return true
  } catch {
    return false
  }
}
