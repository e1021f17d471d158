import { signTrustedClient } from "@jinxiu/workshop/trusted-client";

/**
 * The backend locks a login (one phone number or e-mail) after too many wrong passwords, saying
 * how long: 429 with `Retry-After` and `{ type: "too_many_attempts", reason: "login_locked",
 * retry_after_seconds }`; it slows down, never refuses, a place many logins fail from. Logins go
 * through the storefront's server, so the backend would see every visitor at the storefront's own
 * address: the login actions pass the visitor's address, and the device id of a browser that has
 * logged in before, in a claim signed with STOREFRONT_CLIENT_SECRET (the backend believes nothing
 * else).
 */

const DEFAULT_WAIT_SECONDS = 15 * 60;

/** Whole minutes to wait (at least 1) when the backend refused a login as too many attempts, else null. */
export function throttledMinutes(answer: { status: number; headers?: Pick<Headers, "get"> | null; body?: unknown }): number | null {
  if (answer.status !== 429) return null;
  const body = answer.body && typeof answer.body === "object" ? (answer.body as Record<string, unknown>) : {};
  const fromBody = Number(body.retry_after_seconds);
  const fromHeader = Number(answer.headers?.get("retry-after") ?? NaN);
  const seconds =
    Number.isFinite(fromBody) && fromBody > 0
      ? fromBody
      : Number.isFinite(fromHeader) && fromHeader > 0
        ? fromHeader
        : DEFAULT_WAIT_SECONDS;
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The visitor's address as the storefront's server saw it: the last X-Forwarded-For entry (set by
 * Next from the connection, or appended by the proxy in front of it), else X-Real-IP.
 */
export function visitorAddress(headers: Pick<Headers, "get">): string | undefined {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const address = forwarded.at(-1) ?? headers.get("x-real-ip")?.trim();
  return address && /^[0-9A-Fa-f:.]{2,45}$/.test(address) ? address : undefined;
}

/**
 * Headers that pass the visitor's address, and her browser's device id when it has one, to the
 * backend's login throttling, signed; none when the storefront has no secret to sign with.
 */
export function trustedClientHeaders(
  headers: Pick<Headers, "get">,
  device: string | null,
  secret: string | undefined,
  now = Date.now()
): Record<string, string> {
  if (!secret) return {};
  return { "x-jinxiu-client": signTrustedClient({ address: visitorAddress(headers) ?? null, device }, secret, now) };
}
