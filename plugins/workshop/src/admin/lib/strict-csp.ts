import { config } from "zod"

/**
 * The admin runs under a content security policy without 'unsafe-eval'
 * (backend/src/api/security/headers.ts). The first time Zod (the dashboard's form validation)
 * validates an object it probes whether it may compile validators with `new Function`; Zod catches
 * the refusal and validates without, but the browser reports the probe as a policy violation.
 * Zod's interpreted mode skips the probe. Zod is one module in the admin's bundle, shared by the
 * dashboard and these screens (imported by lib/i18n.ts, which every screen loads at start).
 */
config({ jitless: true })
