/**
 * The people who log in besides Medusa's admin users and customers, and the auth provider each
 * logs in with (see `authMethodsPerActor` in the backend's medusa-config.ts).
 */
export const COORDINATOR_ACTOR = "coordinator"
export const ARTISAN_ACTOR = "artisan"

/** Coordinators log in with e-mail and password. */
export const COORDINATOR_LOGIN_PROVIDER = "emailpass"
/** Artisans log in with their mobile number and password (src/providers/phone-auth). */
export const ARTISAN_LOGIN_PROVIDER = "phone"
