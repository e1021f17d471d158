import type { MedusaRequest } from "@medusajs/framework/http"
import { believedAddress, TRUSTED_CLIENT_HEADER, verifyTrustedClient } from "../../../lib/trusted-client"

/**
 * The address an application comes from, for throttling: the one the storefront signed (its
 * server knows the browser's), else the caller's own connection (or the outermost of
 * LOGIN_THROTTLE_PROXY_HOPS proxies): never an X-Forwarded-For the caller wrote.
 */
export function applicantAddress(req: MedusaRequest): string {
  const client = verifyTrustedClient(req.get(TRUSTED_CLIENT_HEADER), process.env.STOREFRONT_CLIENT_SECRET)
  if (client?.address) return client.address
  const hops = Number.parseInt(process.env.LOGIN_THROTTLE_PROXY_HOPS ?? "0", 10)
  return (
    believedAddress(req.headers["x-forwarded-for"], req.socket?.remoteAddress, Number.isSafeInteger(hops) && hops > 0 ? hops : 0) ??
    "unknown"
  )
}
