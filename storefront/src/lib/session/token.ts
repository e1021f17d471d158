/**
 * The two signed-in people of the storefront outside the shop: a coordinator (the desk) and an
 * artisan (her income pages). Each keeps the backend's JWT in its own httpOnly cookie, read only by
 * server code; the browser never sees the token.
 */
export type SessionKind = "coordinator" | "artisan";

export const SESSION_COOKIE: Record<SessionKind, string> = {
  coordinator: "jinxiu_desk_session",
  artisan: "jinxiu_me_session",
};

/** The section each session belongs to, for the cookie's path. */
export const SESSION_SECTION: Record<SessionKind, "desk" | "me"> = { coordinator: "desk", artisan: "me" };

/** Without an expiry in the token: keep the cookie for the backend's default token lifetime. */
const FALLBACK_MAX_AGE_S = 24 * 60 * 60;

/** The token's payload (not verified: only the backend verifies it), or null when unreadable. */
export function readJwtPayload(token: string): Record<string, unknown> | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  try {
    const json = Buffer.from(parts[1].replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    const payload = JSON.parse(json);
    return payload && typeof payload === "object" ? payload : null;
  } catch {
    return null;
  }
}

/** How long the cookie lives: until the token expires (seconds), at least 0. */
export function cookieMaxAge(token: string, nowMs: number): number {
  const exp = readJwtPayload(token)?.exp;
  if (typeof exp !== "number") return FALLBACK_MAX_AGE_S;
  return Math.max(0, Math.floor(exp - nowMs / 1000));
}

/** The actor the token was issued for ("coordinator" / "artisan"), as the backend wrote it. */
export function tokenActorType(token: string): string | null {
  const type = readJwtPayload(token)?.actor_type;
  return typeof type === "string" ? type : null;
}

/**
 * Whether the visitor reached us over https (directly or through a proxy that says so): only then
 * is the cookie marked Secure, so that it still works on plain http in a workshop's local setup.
 */
export function isHttpsRequest(headers: { get(name: string): string | null }): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  const origin = headers.get("origin") ?? headers.get("referer");
  return !!origin && origin.toLowerCase().startsWith("https://");
}

export type CookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: string;
  maxAge: number;
};

export function sessionCookieOptions(token: string, secure: boolean, nowMs: number): CookieOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: cookieMaxAge(token, nowMs) };
}
