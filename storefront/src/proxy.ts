import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Next 16 renamed middleware.ts to proxy.ts. Redirects locale-less paths (`/` -> `/zh-CN`).
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico, ...).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
