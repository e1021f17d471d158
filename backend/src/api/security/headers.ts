import type { IncomingMessage, ServerResponse } from "node:http"

/**
 * The backend's security headers: on every answer of the API and of the admin dashboard (/app).
 * Express's `X-Powered-By` is taken off; nothing may frame the admin or an API answer; the admin
 * (a single-page app built by Vite: its scripts and styles are files under /app/assets) runs under
 * a policy that allows scripts from this origin only.
 */
type Env = Record<string, string | undefined>

/** The admin dashboard's content security policy (tests/e2e/admin-*.spec.ts run under it). */
export function adminPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and the dashboard's components set style attributes
    "style-src 'self' 'unsafe-inline'",
    // product photos: this backend's /static, or a file provider's bucket (https)
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

/** An API answer is data: it may load nothing and be framed by nobody. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

const isAdminDashboard = (path: string) => path === "/app" || path.startsWith("/app/")

/** Headers for the answer to `path` (the request's path, without the query). */
export function securityHeaders(path: string, env: Env = process.env): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Content-Security-Policy": isAdminDashboard(path) ? adminPolicy() : API_POLICY,
  }
  if ((env.MEDUSA_BACKEND_URL ?? "").trim().toLowerCase().startsWith("https://")) {
    headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
  }
  return headers
}

/**
 * Sets the headers on `res` before Express sees the request, and keeps Express from adding
 * `X-Powered-By` (it sets it in its first middleware, on every app it makes).
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? "/").split("?")[0] ?? "/"
  for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value)
  const setHeader = res.setHeader.bind(res)
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    name.toLowerCase() === "x-powered-by" ? res : setHeader(name, value)) as typeof res.setHeader
}
