/**
 * The limits of login throttling, from the environment:
 * - LOGIN_THROTTLE_MAX_FAILURES     wrong passwords for one login within the window before that
 *                                   login is locked (default 5);
 * - LOGIN_THROTTLE_WINDOW_SECONDS   the window, and how long a lock lasts (default 900 = 15 min);
 * - LOGIN_THROTTLE_IP_MAX_FAILURES  failed logins from one client address within the window before
 *                                   every login from it is refused (default 30).
 */
export type LoginThrottleLimits = {
  maxFailures: number
  windowSeconds: number
  ipMaxFailures: number
}

export const DEFAULT_LIMITS: LoginThrottleLimits = { maxFailures: 5, windowSeconds: 900, ipMaxFailures: 30 }

const VARIABLES: Record<keyof LoginThrottleLimits, string> = {
  maxFailures: "LOGIN_THROTTLE_MAX_FAILURES",
  windowSeconds: "LOGIN_THROTTLE_WINDOW_SECONDS",
  ipMaxFailures: "LOGIN_THROTTLE_IP_MAX_FAILURES",
}

/** The limits, or an error naming the variable that is not a positive whole number. */
export function readLoginThrottleLimits(env: NodeJS.ProcessEnv): LoginThrottleLimits {
  const limits = { ...DEFAULT_LIMITS }
  for (const field of Object.keys(VARIABLES) as (keyof LoginThrottleLimits)[]) {
    const name = VARIABLES[field]
    const raw = env[name]?.trim()
    if (!raw) continue
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
      throw new Error(`${name} must be a whole number of at least 1 (got "${env[name]}")`)
    }
    limits[field] = Number(raw)
  }
  return limits
}
