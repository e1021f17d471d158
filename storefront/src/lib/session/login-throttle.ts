/**
 * The backend refuses a login with 429 after too many wrong passwords (per login and per client
 * address), saying how long to wait: `Retry-After` and `{ type: "too_many_attempts",
 * retry_after_seconds }`. Logins go through the storefront's server, so the backend would see
 * every visitor at the storefront's own address; the login actions forward the visitor's address
 * in X-Forwarded-For (the backend trusts one proxy hop).
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

/** Headers that pass the visitor's address on to the backend's login throttling. */
export function forwardedForHeaders(headers: Pick<Headers, "get">): Record<string, string> {
  const address = visitorAddress(headers);
  return address ? { "x-forwarded-for": address } : {};
}
