import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"

/**
 * In-app notices (channel `feed`): the stored notification row is the notice. The artisans'
 * and coordinators' lists read it (`GET /artisan/notices`, `GET /coordinator/notices`), and
 * Medusa's admin reads its own (addressed to the admin user) the same way.
 */
export default class NoticeFeedProviderService extends AbstractNotificationProviderService {
  static identifier = "notice-feed"

  async send(_notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    return {}
  }
}
