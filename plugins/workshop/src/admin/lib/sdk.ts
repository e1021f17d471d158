import Medusa from "@medusajs/js-sdk"

/**
 * The admin's client for the backend it is served from. The dashboard keeps the admin's session
 * in a cookie, so requests carry it (`auth: session`).
 */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})

/** An error answered by the backend: its message (which names the field when a field is wrong) and status. */
export type ApiError = Error & { status?: number }
