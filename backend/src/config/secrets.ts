import crypto from "crypto"
import fs from "fs"
import path from "path"
import { jinxiuDataDir } from "./data-dir"

export type Secrets = { jwtSecret: string; cookieSecret: string }

/**
 * JWT and cookie secrets come from the environment. When they are absent they are generated
 * once and kept in the data folder, so sessions survive restarts and no shared secret is ever
 * hard-coded.
 */
export function resolveSecrets(): Secrets {
  const fromEnv = { jwtSecret: process.env.JWT_SECRET, cookieSecret: process.env.COOKIE_SECRET }
  if (fromEnv.jwtSecret && fromEnv.cookieSecret) {
    return fromEnv as Secrets
  }
  const file = path.join(jinxiuDataDir(), "secrets.json")
  let stored: Partial<Secrets> = {}
  if (fs.existsSync(file)) {
    stored = JSON.parse(fs.readFileSync(file, "utf8"))
  }
  const secrets: Secrets = {
    jwtSecret: fromEnv.jwtSecret || stored.jwtSecret || crypto.randomBytes(32).toString("hex"),
    cookieSecret: fromEnv.cookieSecret || stored.cookieSecret || crypto.randomBytes(32).toString("hex"),
  }
  if (stored.jwtSecret !== secrets.jwtSecret || stored.cookieSecret !== secrets.cookieSecret) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}
