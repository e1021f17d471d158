import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmsOutboxProviderService from "./service"

export type { SmsOutboxOptions, SmsOutboxRecord } from "./service"
export { readSmsOutbox } from "./outbox-file"

/**
 * The `sms` channel without an SMS gateway: each text message is recorded, one JSON line per
 * message, in an append-only file (`<data dir>/sms-outbox.jsonl` by default, see
 * src/config/notifications.ts) instead of being sent. The demo and the tests read it; a real
 * gateway replaces this provider (README, "Text messages").
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmsOutboxProviderService],
})
