import { readRuntime } from "../../../scripts/lib/runtime.mjs"
import { e2eSettings } from "../../../scripts/lib/e2e-settings.mjs"

/** URLs and publishable key of the stack started for this run. */
export function stack(): { backendUrl: string; storefrontUrl: string; publishableKey: string } {
  return readRuntime(e2eSettings().dataDir)
}
