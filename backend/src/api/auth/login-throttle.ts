import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRUSTED_CLIENT_HEADER, verifyTrustedClient } from "@jinxiu/workshop/trusted-client"
import {
  LOGIN_THROTTLE_MODULE,
  type Admission,
  type LoginThrottleModuleService,
  type ThrottledKey,
} from "../../modules/login-throttle"
import { deviceKey, directAddress, ipKey, loginKey } from "../../modules/login-throttle/keys"

const PRUNE_EVERY_MS = 60_000
let lastPrune = 0

/**
 * Login throttling for `POST /auth/<actor>/<provider>` (logins only: registration, callbacks and
 * password resets have their own routes). Only pairs listed in `http.authMethodsPerActor` are
 * logins; anything else (`/auth/token/refresh`, `/auth/mfa/…`) passes untouched.
 *
 * - **The login** (the phone number or e-mail being tried) is refused with 429, `Retry-After` and
 *   `{ type: "too_many_attempts", reason: "login_locked", message, retry_after_seconds }` while it
 *   is locked: LOGIN_THROTTLE_MAX_FAILURES wrong passwords within LOGIN_THROTTLE_WINDOW_SECONDS
 *   lock it, and only it, for that long. Her coordinator's new password lifts the lock.
 * - **The place** it comes from is never refused, only slowed: past
 *   LOGIN_THROTTLE_ADDRESS_FREE_FAILURES failures within the window, each attempt waits its turn,
 *   longer with each further failure, at most LOGIN_THROTTLE_ADDRESS_MAX_DELAY_MS. The place is the
 *   browser when the storefront vouches that it has logged in before (its own budget, so a
 *   workshop's shared address never slows it down), else the client's address.
 *
 * Who the client is comes from the storefront's signed claim (`x-jinxiu-client`, see
 * @jinxiu/workshop/trusted-client), the only source believed for an address that is not the
 * connection's own; a caller that is not the storefront is known by its connection (or by the
 * proxies of LOGIN_THROTTLE_PROXY_HOPS). The answer is held back until the attempt is counted: a
 * 401 is a failure, a success clears the login's failures, anything else counts nothing.
 */
export async function loginThrottle(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { actor_type: actorType, auth_provider: provider } = req.params
  const config = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const allowed = config.projectConfig?.http?.authMethodsPerActor?.[actorType]
  if (!Array.isArray(allowed) || !allowed.includes(provider)) {
    return next()
  }
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const throttle = req.scope.resolve<LoginThrottleModuleService>(LOGIN_THROTTLE_MODULE)
  const login = loginKey(provider, req.body)
  const place = placeKey(req, throttle.limits.proxyHops)

  let admission: Admission = { admitted: true, keys: [] }
  let waitMs = 0
  try {
    if (login) admission = await throttle.admit([{ key: login, limit: throttle.limits.maxFailures }])
    if (admission.admitted && place) waitMs = (await throttle.pace(place)).waitMs
  } catch (error) {
    // The login itself needs the same database; if counting fails, the login decides.
    logger.error(`Login throttling unavailable: ${(error as Error).message}`)
    return next()
  }
  if (!admission.admitted) {
    const seconds = admission.retryAfterSeconds
    const minutes = Math.max(1, Math.ceil(seconds / 60))
    res.setHeader("Retry-After", String(seconds))
    res.status(429).json({
      type: "too_many_attempts",
      reason: "login_locked",
      message: `登录失败次数过多，请 ${minutes} 分钟后再试 / Too many failed logins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
      retry_after_seconds: seconds,
    })
    return
  }

  countWhenAnswered(res, throttle, admission.keys, login, place, logger)
  if (waitMs > 0) {
    res.setHeader("X-Login-Wait-Ms", String(waitMs))
    await new Promise((resolve) => setTimeout(resolve, waitMs))
  }
  next()
}

/**
 * The place a login comes from: the browser the storefront vouches for, else the address it
 * signed, else the caller's own address.
 */
function placeKey(req: MedusaRequest, proxyHops: number): string | null {
  const client = verifyTrustedClient(req.get(TRUSTED_CLIENT_HEADER), process.env.STOREFRONT_CLIENT_SECRET)
  if (client?.device) return deviceKey(client.device)
  if (client?.address) return ipKey(client.address)
  return ipKey(directAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], proxyHops))
}

/** Counts the attempt from its status before the answer leaves (so the next attempt sees it). */
function countWhenAnswered(
  res: MedusaResponse,
  throttle: LoginThrottleModuleService,
  keys: ThrottledKey[],
  login: string | null,
  place: string | null,
  logger: Logger
) {
  let counted = false
  const count = async (status: number | null) => {
    if (status === 401) {
      await throttle.recordFailure(keys)
      if (place) await throttle.recordPlaceFailure(place)
    } else if (status !== null && status >= 200 && status < 300) {
      if (login) await throttle.clear(login)
      await throttle.release(keys.filter((entry) => entry.key !== login))
    } else {
      await throttle.release(keys)
    }
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now()
      await throttle.pruneExpired()
    }
  }
  const report = (error: unknown) => logger.error(`Login throttling could not count an attempt: ${(error as Error).message}`)

  const end = res.end
  res.end = function (this: MedusaResponse, ...args: unknown[]) {
    res.end = end
    if (counted) {
      return (end as (...a: unknown[]) => MedusaResponse).apply(res, args)
    }
    counted = true
    count(res.statusCode)
      .catch(report)
      .finally(() => (end as (...a: unknown[]) => MedusaResponse).apply(res, args))
    return res
  } as unknown as typeof res.end
  // The client went away before an answer: its places are given back.
  res.on("close", () => {
    if (counted) return
    counted = true
    count(null).catch(report)
  })
}
