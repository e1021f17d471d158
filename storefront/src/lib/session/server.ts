import "server-only";
import { cookies, headers } from "next/headers";
import { forwardedForHeaders } from "./login-throttle";
import { SESSION_COOKIE, isHttpsRequest, sessionCookieOptions, type SessionKind } from "./token";

/** The signed-in coordinator's or artisan's token, from its httpOnly cookie (server code only). */
export async function readSessionToken(kind: SessionKind): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE[kind])?.value || undefined;
}

/** Keeps the token in an httpOnly cookie (Secure when the visitor came over https). Server Functions only. */
export async function writeSessionToken(kind: SessionKind, token: string): Promise<void> {
  const secure = isHttpsRequest(await headers());
  (await cookies()).set(SESSION_COOKIE[kind], token, sessionCookieOptions(token, secure, Date.now()));
}

/** Headers for a login call that pass the visitor's address on to the backend's login throttling. */
export async function loginForwardingHeaders(): Promise<Record<string, string>> {
  return forwardedForHeaders(await headers());
}

export async function clearSessionToken(kind: SessionKind): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE[kind]);
}
