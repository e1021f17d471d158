import { defaultLocale, isAppLocale, type AppLocale } from "../../i18n/locales";

/**
 * The desk offline: which requests the desk's service worker keeps, and which cache holds what.
 * Pure, so the worker (src/desk-worker/sw.ts), the desk's pages and the tests share one copy.
 *
 * The worker is registered once per language with the scope /<locale>/desk: the shop, the income
 * pages and everything else on the site never go through it.
 */

/** Where the worker script is served (src/app/serwist/[path]/route.ts). */
export const DESK_WORKER_URL = "/serwist/sw.js";

/**
 * The Cache Storage names of the desk's pages as she last saw them (her data: deleted at log-out
 * and log-in), one per build: a page kept by an older build names script files a newer worker no
 * longer has, so a new worker drops the older builds' pages when it takes over.
 */
export const DESK_PAGES_CACHE_PREFIX = "jinxiu-desk-pages-";

export function deskPagesCacheName(build: string): string {
  return `${DESK_PAGES_CACHE_PREFIX}${build}`;
}

/** A cache of desk pages kept by another build than `current`. */
export function isOutdatedPagesCache(name: string, current: string): boolean {
  return name.startsWith(DESK_PAGES_CACHE_PREFIX) && name !== current;
}

/**
 * A short name for a build, from the worker's precache list (every file name under _next/static
 * carries its content's hash, so another build gives another list).
 */
export function buildVersion(entries: readonly (string | { url: string; revision?: string | null })[] | undefined): string {
  let hash = 5381;
  for (const entry of entries ?? []) {
    const text = typeof entry === "string" ? entry : `${entry.url}#${entry.revision ?? ""}`;
    for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
    hash = ((hash * 33) ^ 10) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The day the desk's entry form starts on: the day the page was rendered, or the phone's day in
 * China when that is later (a page kept for an offline open may be days old; a phone whose clock
 * lags never moves it back).
 */
export function dayToRecord(renderedOn: string, onPhone: string): string {
  return onPhone > renderedOn ? onPhone : renderedOn;
}

/**
 * How long a desk page waits for the network before the kept copy is shown: a workshop's
 * connection that is "on" but answers nothing must not leave her in front of a blank page.
 */
export const DESK_PAGE_NETWORK_TIMEOUT_SECONDS = 4;

/** The worker's scope for the desk in `locale`: its pages and nothing else. */
export function deskScope(locale: AppLocale): string {
  return `/${locale}/desk`;
}

/** Pages of the desk that need no login, or are files: never kept (the login page holds nobody's data, but must not be served stale). */
const UNKEPT = new Set(["login", "manifest.webmanifest"]);

/**
 * A desk page worth keeping for an offline open: /<locale>/desk and the pages under it, except the
 * login page and files (a dot in the last segment).
 */
export function isKeptDeskPage(pathname: string): boolean {
  const [, locale, desk, first, ...rest] = pathname.split("/");
  if (!isAppLocale(locale) || desk !== "desk") return false;
  if (first === undefined || first === "") return rest.length === 0;
  if (UNKEPT.has(first)) return false;
  return ![first, ...rest].some((segment) => segment === "" || segment.includes("."));
}

/**
 * A request for a page of the app's router rather than its HTML: a React Server Components
 * payload (client-side navigation, prefetch). Those are never kept: the HTML has everything a
 * cold open needs, and a payload kept for one route tree could not be trusted after a new build.
 */
export function isRscRequest(url: URL, headers: Pick<Headers, "get">): boolean {
  return url.searchParams.has("_rsc") || headers.get("rsc") === "1" || headers.get("next-router-prefetch") !== null;
}

/** Whether the worker should keep a desk page for an offline open: a GET of her desk's HTML. */
export function isKeptDeskRequest(request: { method: string; url: string; headers: Pick<Headers, "get"> }): boolean {
  if (request.method !== "GET") return false;
  const url = new URL(request.url);
  return isKeptDeskPage(url.pathname) && !isRscRequest(url, request.headers);
}

/**
 * A response worth keeping: a whole 200 page of this site, not one reached through a redirect
 * (a signed-out visit lands on the login page, which must not be kept under the desk's address).
 */
export function isKeepableResponse(response: Pick<Response, "status" | "redirected" | "type">): boolean {
  return response.status === 200 && !response.redirected && (response.type === "basic" || response.type === "default");
}

/** The desk's language from a path under it (the offline page speaks it); zh-CN otherwise. */
export function localeOfPath(pathname: string): AppLocale {
  const first = pathname.split("/")[1];
  return isAppLocale(first) ? first : defaultLocale;
}

export type OfflineTexts = { title: string; heading: string; body: string; retry: string; today: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/**
 * The page the worker answers with when a desk page was never kept and there is no connection:
 * one self-contained HTML page in her language (no script, no other file), with a link to try
 * again and one to today's entries (kept if she ever opened it).
 */
export function offlinePageHtml(locale: AppLocale, texts: OfflineTexts, retryHref: string): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${e(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${e(texts.title)}</title>
<style>body{margin:0;min-height:100vh;background:#fffdf8;color:#2b211c;font:18px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
main{max-width:28rem;margin:0 auto;padding:3rem 1.25rem}h1{color:#8c1c26;font-size:1.5rem;margin:0 0 1rem}
a{display:inline-flex;align-items:center;min-height:3rem;margin:1rem .75rem 0 0;padding:0 1.25rem;border-radius:999px;text-decoration:none}
.go{background:#8c1c26;color:#fff}.alt{border:1px solid #8c1c26;color:#8c1c26}</style></head>
<body><main data-testid="desk-offline"><h1>${e(texts.heading)}</h1><p>${e(texts.body)}</p>
<a class="go" href="${e(retryHref)}">${e(texts.retry)}</a><a class="alt" href="${e(deskScope(locale))}">${e(texts.today)}</a></main></body></html>`;
}
