import { model } from "@medusajs/framework/utils"

/**
 * A reader has read one of her notices (an in-app notification of Medusa's Notification module).
 * One row per reader and notice (unique), so marking read twice changes nothing; `created_at` is
 * when she read it.
 */
export const NoticeRead = model
  .define("notice_read", {
    id: model.id({ prefix: "nread" }).primaryKey(),
    /** the artisan or coordinator (the notification's `receiver_id`) */
    reader_id: model.text(),
    /** the notification's id in Medusa's Notification module */
    notification_id: model.text(),
  })
  .indexes([{ on: ["reader_id", "notification_id"], unique: true }])
