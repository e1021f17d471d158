import "server-only";
import { cookies, headers } from "next/headers";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, newDeviceCookie, verifyDeviceCookie } from "@jinxiu/workshop/trusted-client";
import { trustedClientHeaders } from "./login-throttle";
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

const clientSecret = () => process.env.STOREFRONT_CLIENT_SECRET?.trim() || undefined;

/**
 * Headers for a login call that vouch, signed, for the visitor's address and, when this browser
 * has logged in before, its device id (the backend then slows it down only for its own failures,
 * never for others' at the same address).
 */
export async function loginForwardingHeaders(): Promise<Record<string, string>> {
  const secret = clientSecret();
  const device = verifyDeviceCookie((await cookies()).get(DEVICE_COOKIE)?.value, secret);
  return trustedClientHeaders(await headers(), device, secret);
}

/**
 * After a successful login: this browser gets (or keeps, renewed) a signed device cookie, so its
 * next logins are not slowed down by other people's typos at the same address. Server Functions only.
 */
export async function rememberThisBrowser(): Promise<void> {
  const secret = clientSecret();
  if (!secret) return;
  const jar = await cookies();
  const current = jar.get(DEVICE_COOKIE)?.value;
  const value = current && verifyDeviceCookie(current, secret) ? current : newDeviceCookie(secret);
  jar.set(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttpsRequest(await headers()),
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}

export async function clearSessionToken(kind: SessionKind): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE[kind]);
}
