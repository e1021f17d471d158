/**
 * The limits of login throttling, from the environment (README, "Configuration", says what each
 * protects against):
 * - LOGIN_THROTTLE_MAX_FAILURES            wrong passwords for one login (a phone number or an
 *                                          e-mail) within the window before that login, and only
 *                                          it, is locked for the window (default 5);
 * - LOGIN_THROTTLE_WINDOW_SECONDS          the window failures are counted in, and how long a lock
 *                                          lasts (default 900 = 15 min);
 * - LOGIN_THROTTLE_ADDRESS_FREE_FAILURES   failed logins from one place (a client address, or a
 *                                          browser that has logged in before) within the window
 *                                          before its logins are slowed down (default 30);
 * - LOGIN_THROTTLE_ADDRESS_DELAY_STEP_MS   each failure from that place beyond those adds this much
 *                                          to the wait between its attempts (default 250);
 * - LOGIN_THROTTLE_ADDRESS_MAX_DELAY_MS    the longest any attempt waits (default 5000): a right
 *                                          password is never refused for other logins' failures,
 *                                          it gets in after at most this;
 * - LOGIN_THROTTLE_PROXY_HOPS              proxies in front of the backend whose X-Forwarded-For
 *                                          is believed for logins that don't come through the
 *                                          storefront (default 0: the connection's own address).
 */
export type LoginThrottleLimits = {
  maxFailures: number
  windowSeconds: number
  addressFreeFailures: number
  addressDelayStepMs: number
  addressMaxDelayMs: number
  proxyHops: number
}

export const DEFAULT_LIMITS: LoginThrottleLimits = {
  maxFailures: 5,
  windowSeconds: 900,
  addressFreeFailures: 30,
  addressDelayStepMs: 250,
  addressMaxDelayMs: 5000,
  proxyHops: 0,
}

const VARIABLES: Record<keyof LoginThrottleLimits, { name: string; min: number }> = {
  maxFailures: { name: "LOGIN_THROTTLE_MAX_FAILURES", min: 1 },
  windowSeconds: { name: "LOGIN_THROTTLE_WINDOW_SECONDS", min: 1 },
  addressFreeFailures: { name: "LOGIN_THROTTLE_ADDRESS_FREE_FAILURES", min: 0 },
  addressDelayStepMs: { name: "LOGIN_THROTTLE_ADDRESS_DELAY_STEP_MS", min: 0 },
  addressMaxDelayMs: { name: "LOGIN_THROTTLE_ADDRESS_MAX_DELAY_MS", min: 0 },
  proxyHops: { name: "LOGIN_THROTTLE_PROXY_HOPS", min: 0 },
}

/** The variable that replaced one an earlier version read, so an old setting is not silently ignored. */
const RETIRED: Record<string, string> = {
  LOGIN_THROTTLE_IP_MAX_FAILURES:
    "LOGIN_THROTTLE_IP_MAX_FAILURES is no longer read: an address is slowed down, never locked; set LOGIN_THROTTLE_ADDRESS_FREE_FAILURES instead",
}

/** The limits, or an error naming the variable that is not a whole number in range. */
export function readLoginThrottleLimits(env: NodeJS.ProcessEnv): LoginThrottleLimits {
  for (const [name, message] of Object.entries(RETIRED)) {
    if (env[name]?.trim()) throw new Error(message)
  }
  const limits = { ...DEFAULT_LIMITS }
  for (const field of Object.keys(VARIABLES) as (keyof LoginThrottleLimits)[]) {
    const { name, min } = VARIABLES[field]
    const raw = env[name]?.trim()
    if (!raw) continue
    if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
      throw new Error(`${name} must be a whole number of at least ${min} (got "${env[name]}")`)
    }
    limits[field] = Number(raw)
  }
  return limits
}

/**
 * How long the next attempt from a place waits, given its failures within the window: nothing up
 * to the free failures, then one step more for each failure beyond them, up to the cap.
 */
export function addressDelayMs(failures: number, limits: LoginThrottleLimits): number {
  const beyond = failures - limits.addressFreeFailures
  if (beyond <= 0) return 0
  return Math.min(limits.addressMaxDelayMs, beyond * limits.addressDelayStepMs)
}
