import { Module } from "@medusajs/framework/utils"
import { LoginThrottleModuleService } from "./service"

export const LOGIN_THROTTLE_MODULE = "login_throttle"

export type { LoginThrottleLimits } from "./config"
export type { Admission, Pace, ThrottledKey } from "./service"
export { LoginThrottleModuleService }

/** Counts failed logins per login and per client address (see src/api/auth/login-throttle.ts). */
export default Module(LOGIN_THROTTLE_MODULE, {
  service: LoginThrottleModuleService,
})
