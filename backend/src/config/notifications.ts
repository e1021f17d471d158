import path from "path"
import { jinxiuDataDir } from "./data-dir"

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/** Where the local SMS provider records the messages it would have sent. */
export function smsOutboxFile(env: NodeJS.ProcessEnv): string {
  return env.SMS_OUTBOX_FILE ? path.resolve(env.SMS_OUTBOX_FILE) : path.join(jinxiuDataDir(), "sms-outbox.jsonl")
}

/**
 * Medusa's Notification module with one provider per channel (the module allows one):
 * - `feed`: in-app notices (the artisans' /me, the coordinators' desk, and Medusa's own admin
 *   notices addressed to a staff user); the stored notification row is the notice;
 * - `sms`: text messages to a woman's mobile. Recorded in `SMS_OUTBOX_FILE` (default
 *   `<data dir>/sms-outbox.jsonl`) by src/modules/sms-outbox; a real gateway is a provider of
 *   the same shape registered here instead (README, "Text messages").
 */
export function notificationModule(env: NodeJS.ProcessEnv): ModuleEntry[] {
  return [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "./src/modules/notice-feed", id: "feed", options: { channels: ["feed"] } },
          { resolve: "./src/modules/sms-outbox", id: "sms-outbox", options: { channels: ["sms"], file: smsOutboxFile(env) } },
        ],
      },
    },
  ]
}
