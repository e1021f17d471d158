import { Module } from "@medusajs/framework/utils"
import { NoticeModuleService } from "./service"

export const NOTICE_MODULE = "notice"

/**
 * What each reader (an artisan, a coordinator) has read of her notices. The notices themselves
 * are Medusa's Notification module's rows (channel `feed`, `receiver_id` = her id); that module
 * has no "read", so this one keeps it, one row per reader and notice.
 */
export default Module(NOTICE_MODULE, {
  service: NoticeModuleService,
})

export { NoticeModuleService }
