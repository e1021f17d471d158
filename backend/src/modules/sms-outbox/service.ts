import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { JsonLinesAppender } from "./outbox-file"

export type SmsOutboxOptions = {
  /** the JSON-lines file messages are recorded in */
  file: string
  channels?: string[]
}

/** One line of the outbox: the message that would have been sent, and which notice it was. */
export type SmsOutboxRecord = {
  /** when it was recorded (ISO 8601) */
  at: string
  /** Medusa's notification id, and the key that makes it once per event */
  notification_id: string | null
  idempotency_key: string | null
  /** her mobile number, E.164 */
  to: string
  /** what a template-based gateway would be given: the template and its parameters */
  template: string
  params: Record<string, unknown>
  /** the text itself, in her language */
  text: string
}

const appenders = new Map<string, JsonLinesAppender>()

/**
 * The local SMS provider: records each message instead of sending it. The Notification module
 * calls `send` once per notification it creates, and creates one notification per idempotency
 * key, so a message is recorded once however often its event is delivered.
 */
export default class SmsOutboxProviderService extends AbstractNotificationProviderService {
  static identifier = "sms-outbox"

  private readonly outbox: JsonLinesAppender

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options?.file !== "string" || !options.file) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "sms-outbox: option `file` (where to record messages) is required")
    }
  }

  constructor(_container: Record<string, unknown>, options: SmsOutboxOptions) {
    super()
    // one appender per file for the process, so two provider instances never interleave a line
    let outbox = appenders.get(options.file)
    if (!outbox) {
      outbox = new JsonLinesAppender(options.file)
      appenders.set(options.file, outbox)
    }
    this.outbox = outbox
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = (notification.data ?? {}) as Record<string, unknown>
    const text = typeof data.text === "string" ? data.text : notification.content?.text
    if (!notification.to || !text) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "sms-outbox: a text message needs `to` and `data.text`")
    }
    // the module hands the provider the whole notification row, id and key included
    const row = notification as ProviderSendNotificationDTO & { id?: string; idempotency_key?: string | null }
    const { text: _text, ...params } = data
    const record: SmsOutboxRecord = {
      at: new Date().toISOString(),
      notification_id: row.id ?? null,
      idempotency_key: row.idempotency_key ?? null,
      to: notification.to,
      template: notification.template,
      params,
      text,
    }
    await this.outbox.append(record)
    return { id: row.id ? `outbox_${row.id}` : undefined }
  }
}
