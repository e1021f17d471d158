import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isAppLocale } from "./i18n/locales";
import { catalogListPath } from "./lib/catalog/list-view";
import { routing } from "./i18n/routing";
import { MARKET_COOKIE, NON_SHOP_SECTIONS, isMarket, resolveMarket } from "./lib/market";
import { newNonce, pageKind, perVisitorPolicy, permissionsPolicy } from "./lib/security/headers.mjs";

const intl = createMiddleware(routing);

/**
 * Next 16 renamed middleware.ts to proxy.ts.
 * 1. next-intl redirects locale-less paths (`/` -> `/zh-CN`).
 * 2. Shop paths are rewritten into the visitor's market: /zh-CN/products/x is served by
 *    /zh-CN/cn/products/x. The market comes from the market cookie, else the language. The URL in
 *    the browser keeps no market, and each (locale, market) page can be cached as a whole.
 * 3. The catalog lists (/store, /categories/<handle>) carry their query (sort, filters, page) into
 *    a last path segment (lib/catalog/list-view.ts), so each list view is a cached page too.
 * 4. The pages rendered for one visitor (desk, /me, account, cart, checkout, order) get a strict
 *    content security policy with a fresh nonce; Next reads it from the request's
 *    Content-Security-Policy header and puts the nonce on its scripts. Catalog pages keep the
 *    static policy every response has (server.mjs), so they stay cached.
 */
export default function proxy(request: NextRequest): NextResponse {
  const response = intl(request);
  if (response.headers.has("location")) return response;

  const [, locale, first] = request.nextUrl.pathname.split("/");
  if (!isAppLocale(locale)) return response;
  const security = perVisitorSecurity(request);
  if (first && (NON_SHOP_SECTIONS as readonly string[]).includes(first)) return continueWith(null, response, security);
  // An explicit market in the path is an internal URL: answer it as a 404 rather than serve a
  // second address for the same page.
  if (first && isMarket(first)) {
    return continueWith(internalUrl(request, `/${locale}/__none__`), response, security);
  }

  const market = resolveMarket(request.cookies.get(MARKET_COOKIE)?.value, locale);
  const rest = catalogListPath(request.nextUrl.pathname.slice(locale.length + 1), request.nextUrl.searchParams);
  if (rest === null) return continueWith(internalUrl(request, `/${locale}/__none__`), response, security);
  return continueWith(internalUrl(request, `/${locale}/${market}${rest}`), response, security);
}

/** How Next's middleware protocol carries a request header set with NextResponse.next({ request }). */
const REQUEST_HEADER_PREFIX = "x-middleware-request-";

type Security = { requestHeaders: Headers; responseHeaders: [string, string][] } | null;

/** The nonce policy of a per-visitor page, for the request (Next) and the response (browser). */
function perVisitorSecurity(request: NextRequest): Security {
  const kind = pageKind(request.nextUrl.pathname);
  if (kind === "catalog") return null;
  const policy = perVisitorPolicy(process.env, kind, newNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  return {
    requestHeaders,
    responseHeaders: [
      ["content-security-policy", policy],
      ["permissions-policy", permissionsPolicy(kind)],
    ],
  };
}

/**
 * `path` (with the request's query) on the server's own origin. Built from request.url, not
 * nextUrl: NextURL turns 127.0.0.1 into "localhost", and a rewrite to another origin than the one
 * the server listens on is proxied over HTTP instead of served internally.
 */
function internalUrl(request: NextRequest, path: string): URL {
  const url = new URL(request.url);
  url.pathname = path;
  return url;
}

/**
 * A rewrite to `url` (or, without one, the page asked for) that keeps what next-intl added (e.g.
 * Link headers, minus its own routing headers) and, on a per-visitor page, passes the nonce policy
 * to Next with the request and to the browser with the response.
 */
function continueWith(url: URL | null, intlResponse: NextResponse, security: Security): NextResponse {
  if (!url && !security) return intlResponse;
  if (security) {
    // next-intl's own request headers (the locale) travel on with the nonce policy.
    intlResponse.headers.forEach((value, key) => {
      if (key.startsWith(REQUEST_HEADER_PREFIX)) security.requestHeaders.set(key.slice(REQUEST_HEADER_PREFIX.length), value);
    });
  }
  const init = security ? { request: { headers: security.requestHeaders } } : undefined;
  const next = url ? NextResponse.rewrite(url, init) : NextResponse.next(init);
  intlResponse.headers.forEach((value, key) => {
    if (!key.startsWith("x-middleware-")) next.headers.set(key, value);
  });
  for (const [key, value] of security?.responseHeaders ?? []) next.headers.set(key, value);
  return next;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico, ...).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
