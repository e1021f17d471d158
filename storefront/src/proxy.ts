import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isAppLocale } from "./i18n/locales";
import { catalogListPath } from "./lib/catalog/list-view";
import { routing } from "./i18n/routing";
import { MARKET_COOKIE, NON_SHOP_SECTIONS, isMarket, resolveMarket } from "./lib/market";

const intl = createMiddleware(routing);

/**
 * Next 16 renamed middleware.ts to proxy.ts.
 * 1. next-intl redirects locale-less paths (`/` -> `/zh-CN`).
 * 2. Shop paths are rewritten into the visitor's market: /zh-CN/products/x is served by
 *    /zh-CN/cn/products/x. The market comes from the market cookie, else the language. The URL in
 *    the browser keeps no market, and each (locale, market) page can be cached as a whole.
 * 3. The catalog lists (/store, /categories/<handle>) carry their query (sort, filters, page) into
 *    a last path segment (lib/catalog/list-view.ts), so each list view is a cached page too.
 */
export default function proxy(request: NextRequest): NextResponse {
  const response = intl(request);
  if (response.headers.has("location")) return response;

  const [, locale, first] = request.nextUrl.pathname.split("/");
  if (!isAppLocale(locale)) return response;
  if (first && (NON_SHOP_SECTIONS as readonly string[]).includes(first)) return response;
  // An explicit market in the path is an internal URL: answer it as a 404 rather than serve a
  // second address for the same page.
  if (first && isMarket(first)) {
    return rewriteKeepingHeaders(internalUrl(request, `/${locale}/__none__`), response);
  }

  const market = resolveMarket(request.cookies.get(MARKET_COOKIE)?.value, locale);
  const rest = catalogListPath(request.nextUrl.pathname.slice(locale.length + 1), request.nextUrl.searchParams);
  if (rest === null) return rewriteKeepingHeaders(internalUrl(request, `/${locale}/__none__`), response);
  return rewriteKeepingHeaders(internalUrl(request, `/${locale}/${market}${rest}`), response);
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

/** A rewrite that keeps what next-intl added (e.g. Link headers), minus its own routing headers. */
function rewriteKeepingHeaders(url: URL, intlResponse: NextResponse): NextResponse {
  const rewrite = NextResponse.rewrite(url);
  intlResponse.headers.forEach((value, key) => {
    if (!key.startsWith("x-middleware-")) rewrite.headers.set(key, value);
  });
  return rewrite;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico, ...).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
