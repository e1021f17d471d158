import type { CreateNotificationDTO, INotificationModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Notices created per call of the Notification module: one transaction and one lookup of keys each. */
export const NOTICE_BATCH_SIZE = 1000

/** Notices created, and batches a provider failed in (each logged). */
export type SentNotices = { created: number; failed_batches: number }

/** The module created the batch's notifications and a provider failed to send some (it marked those failed). */
function isSendFailure(error: unknown): boolean {
  return /Failed to send notification|Could not find a notification provider|is not enabled/i.test((error as Error | null)?.message ?? "")
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null
  return e?.code === "23505" || /duplicate key|unique constraint|already exists/i.test(e?.message ?? "")
}

/**
 * Creates notices through Medusa's Notification module, in batches: each batch is one call (one
 * transaction that looks up every key of the batch at once, one insert, then the providers send).
 * Each notice carries an idempotency key, so a key that exists already is skipped: an event
 * delivered twice creates and sends each notice once.
 *
 * Two deliveries at the same moment can both find a key missing; the second insert then fails on
 * the unique key (the module's own note: it takes no lock) and its batch is asked again, when the
 * other's rows are there to be skipped, so each key of the batch still gets its notice.
 * A provider that fails (a text message not accepted) is logged and counted, and leaves its
 * notification marked failed; the other notices of the batch are sent all the same. Any other
 * error (the database) is thrown, so the event can be delivered again: what was made is skipped.
 */
export async function sendNotices(
  container: MedusaContainer,
  notices: CreateNotificationDTO[],
  batchSize = NOTICE_BATCH_SIZE
): Promise<SentNotices> {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const sent: SentNotices = { created: 0, failed_batches: 0 }
  for (let start = 0; start < notices.length; start += batchSize) {
    const batch = notices.slice(start, start + batchSize)
    const created = await createOnce(notifications, batch).catch((error: unknown) => {
      if (!isSendFailure(error)) throw error
      // a provider's failure: the module marked those notifications failed; say so, go on
      logger.error(`notices: ${batch.length} notice(s) of ${batch[0]?.trigger_type ?? "an event"} not all sent: ${(error as Error).message}`)
      sent.failed_batches += 1
      return null
    })
    if (created) sent.created += created.length
  }
  return sent
}

/** Deliveries racing on the same keys: each loser asks again, at most this often. */
const RACE_RETRIES = 3

async function createOnce(notifications: INotificationModuleService, batch: CreateNotificationDTO[], retries = RACE_RETRIES) {
  try {
    return await notifications.createNotifications(batch)
  } catch (error) {
    if (!isUniqueViolation(error) || retries === 0) throw error
    // another delivery of the same event inserted some of these keys first: ask again, skipping them
    return createOnce(notifications, batch, retries - 1)
  }
}
