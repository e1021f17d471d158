import { resetArtisanPasswordWorkflow } from "@jinxiu/workshop/workflows"
import { LOGIN_THROTTLE_MODULE, type LoginThrottleModuleService } from "../../modules/login-throttle"
import { loginKey } from "../../modules/login-throttle/keys"

/**
 * A woman's coordinator (or the staff) gave her a new password: her login's failures and lock are
 * forgotten in the same workflow, so the new password works at once.
 */
resetArtisanPasswordWorkflow.hooks.loginReset(async ({ provider, phone }, { container }) => {
  const key = loginKey(provider, { phone })
  if (key) await container.resolve<LoginThrottleModuleService>(LOGIN_THROTTLE_MODULE).clear(key)
})
