import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { resolveSecrets } from "./src/config/secrets"
import { infrastructureModules } from "./src/config/infrastructure"
import { paymentModule } from "./src/config/payment"
import { fileModule } from "./src/config/files"
import { databaseSsl } from "./src/config/database"
import { notificationModule } from "./src/config/notifications"
import { cachingEnabled, cachingModule } from "./src/config/caching"
import { adminVite } from "./src/config/admin-vite"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const secrets = resolveSecrets()
const storeCors = process.env.STORE_CORS || "http://localhost:8000,http://127.0.0.1:8000"
const adminCors = process.env.ADMIN_CORS || "http://localhost:9000,http://127.0.0.1:9000"
const authCors = process.env.AUTH_CORS || `${storeCors},${adminCors}`
// `medusa start` runs with NODE_ENV=production, which makes session cookies Secure; over plain
// http (a local install) the browser would then drop them and the admin could not log in.
// Cookies are Secure when the backend is served over https, or when COOKIE_SECURE=true.
const secureCookies =
  process.env.COOKIE_SECURE === "true" || (process.env.MEDUSA_BACKEND_URL || "").startsWith("https://")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: {
      connection: { ssl: databaseSsl(process.env) },
    },
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    cookieOptions: { secure: secureCookies, sameSite: "lax" },
    http: {
      storeCors,
      adminCors,
      authCors,
      jwtSecret: secrets.jwtSecret,
      cookieSecret: secrets.cookieSecret,
      // Which login each actor may use: /auth/<actor>/<provider> refuses any other pair.
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass"],
        coordinator: ["emailpass"],
        artisan: ["phone"],
      },
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
    // Zod in the dashboard without its eval probe (the admin's policy forbids eval)
    vite: adminVite as never,
  },
  plugins: [
    {
      resolve: "@jinxiu/workshop",
      options: {},
    },
  ],
  modules: [
    ...infrastructureModules(process.env.REDIS_URL),
    // cached store reads (product lists and pages with prices, makers, workshops)
    ...cachingModule(process.env),
    ...fileModule(process.env),
    ...paymentModule(process.env),
    // notices to the women and coordinators: in-app (`feed`) and text messages (`sms`)
    ...notificationModule(process.env),
    { resolve: "@medusajs/medusa/translation" },
    // Failed logins counted in PostgreSQL (src/api/auth/login-throttle.ts refuses with 429).
    { resolve: "./src/modules/login-throttle" },
    {
      // Medusa's auth module with our artisans' phone + password provider beside emailpass.
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "@jinxiu/workshop/providers/phone-auth", id: "phone" },
        ],
      },
    },
  ],
  featureFlags: {
    translation: true,
    caching: cachingEnabled(process.env),
  },
})

