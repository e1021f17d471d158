/**
 * Seconds until a JWT expires (its `exp` claim), so the login cookie ends with the login; null
 * when the token has no readable expiry. The signature is not checked here: the backend checks
 * it on every call.
 */
export function secondsUntilExpiry(token: string, nowSeconds: number): number | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(Buffer.from(payload.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"));
    if (typeof json.exp !== "number") return null;
    return Math.max(0, Math.floor(json.exp - nowSeconds));
  } catch {
    return null;
  }
}
