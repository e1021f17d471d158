import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import NoticeFeedProviderService from "./service"

/**
 * The in-app channel (`feed`): the Notification module stores every notice in its `notification`
 * table, which is all the app needs; this provider only says "delivered" (Medusa's own
 * notification-local would also write a log line per notice: 12,000 at a month's close).
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [NoticeFeedProviderService],
})
