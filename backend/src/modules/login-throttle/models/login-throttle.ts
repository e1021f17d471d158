import { model } from "@medusajs/framework/utils"

/**
 * Failed logins counted under one key: a login (`phone:13800000001`, `emailpass:a@b.cn`) or a
 * client address (`ip:203.0.113.7`). `failures` are wrong answers within the window that began at
 * `window_started_at`; `pending` are attempts let through and not answered yet, so a burst of
 * parallel guesses can't get past the limit before the first answer is counted. Reaching the limit
 * sets `locked_until` (logins only). A place (`ip:…`, `device:…`) is never locked: past its free
 * failures its attempts queue, and `next_attempt_at` is the end of that queue. Rows are short-lived: a successful login deletes its login's row, and rows
 * whose window and lock are over are pruned.
 */
export const LoginThrottle = model
  .define("login_throttle", {
    id: model.id({ prefix: "lthr" }).primaryKey(),
    key: model.text(),
    failures: model.number().default(0),
    pending: model.number().default(0),
    window_started_at: model.dateTime(),
    locked_until: model.dateTime().nullable(),
    next_attempt_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }, { on: ["window_started_at"] }])
