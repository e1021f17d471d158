import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOGIN_THROTTLE_MODULE, type LoginThrottleModuleService, type ThrottledKey } from "../../modules/login-throttle"
import { ipKey, loginKey } from "../../modules/login-throttle/keys"

const PRUNE_EVERY_MS = 60_000
let lastPrune = 0

/**
 * Login throttling for `POST /auth/<actor>/<provider>` (logins only: registration, callbacks and
 * password resets have their own routes). Only pairs listed in `http.authMethodsPerActor` are
 * logins; anything else (`/auth/token/refresh`, `/auth/mfa/…`) passes untouched.
 *
 * A login is refused with 429, `Retry-After` and `{ type: "too_many_attempts", message,
 * retry_after_seconds }` while its key is locked (LOGIN_THROTTLE_MAX_FAILURES wrong passwords
 * within LOGIN_THROTTLE_WINDOW_SECONDS lock it for that long) or while the client address has had
 * LOGIN_THROTTLE_IP_MAX_FAILURES failed logins within the window. The answer is held back until the
 * attempt is counted: a 401 is a failure, a success clears the login's failures, anything else
 * counts nothing. The client address is Medusa's `req.ip` (one proxy hop trusted: the storefront
 * forwards its visitor's address in X-Forwarded-For).
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
  const address = ipKey(req.ip)
  const keys: ThrottledKey[] = []
  if (login) keys.push({ key: login, limit: throttle.limits.maxFailures })
  if (address) keys.push({ key: address, limit: throttle.limits.ipMaxFailures })
  if (!keys.length) {
    return next()
  }

  let admission: Awaited<ReturnType<LoginThrottleModuleService["admit"]>>
  try {
    admission = await throttle.admit(keys)
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
      message: `登录失败次数过多，请 ${minutes} 分钟后再试 / Too many failed logins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
      retry_after_seconds: seconds,
    })
    return
  }

  countWhenAnswered(res, throttle, admission.keys, login, logger)
  next()
}

/** Counts the attempt from its status before the answer leaves (so the next attempt sees it). */
function countWhenAnswered(
  res: MedusaResponse,
  throttle: LoginThrottleModuleService,
  keys: ThrottledKey[],
  login: string | null,
  logger: Logger
) {
  let counted = false
  const count = async (status: number | null) => {
    if (status === 401) {
      await throttle.recordFailure(keys)
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
