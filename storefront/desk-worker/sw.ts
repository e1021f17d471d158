/// <reference lib="webworker" />
// The desk's service worker: bundled by esbuild at build time (src/app/serwist/[path]/route.ts,
// @serwist/turbopack) and served at /serwist/sw.js, registered by the desk only, with the scope
// /<locale>/desk. Outside that scope (the shop, her income pages) it never runs.
//
// - The build's static files (JS, CSS, fonts, the desk's icons) are precached: they are the same for
//   everybody, and the kept pages need them to start with no connection.
// - The desk's pages (HTML) go to the network first; the last answer is kept in this build's pages
//   cache and served when the network fails or takes too long. The desk's pages ask the worker to
//   keep the page she is on (CACHE_URLS), because the first visit happened before the worker was
//   there. A new build's worker drops the pages older builds kept (they name script files it no
//   longer has) before it takes over the open pages, which then ask again.
// - A desk page never kept, with no connection: a small page in her language says so.
// - Nothing else is touched: server actions and the outbox's POSTs go to the network as they are
//   (the outbox keeps what fails), and so do the router's RSC requests.
import { CacheableResponsePlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import en from "../src/messages/en/offline.json";
import zh from "../src/messages/zh-CN/offline.json";
import {
  DESK_PAGE_NETWORK_TIMEOUT_SECONDS,
  buildVersion,
  deskPagesCacheName,
  isKeepableResponse,
  isKeptDeskRequest,
  isOutdatedPagesCache,
  localeOfPath,
  offlinePageHtml,
} from "../src/lib/desk/offline";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const TEXTS = { "zh-CN": zh.DeskOffline, en: en.DeskOffline } as const;
const PRECACHE = self.__SW_MANIFEST;
const PAGES_CACHE = deskPagesCacheName(buildVersion(PRECACHE));

/** A page kept only when it is a whole page of the desk, not the login page reached by a redirect. */
const keepWholePages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (isKeepableResponse(response) ? response : null),
};

/** What a desk page does when there is no answer and nothing kept: the offline page. */
const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const url = new URL(request.url);
    const locale = localeOfPath(url.pathname);
    return new Response(offlinePageHtml(locale, TEXTS[locale], url.pathname + url.search), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  },
};

const serwist = new Serwist({
  precacheEntries: PRECACHE,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  // Claimed below, once older builds' pages are gone.
  clientsClaim: false,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && isKeptDeskRequest(request),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: DESK_PAGE_NETWORK_TIMEOUT_SECONDS,
        // RSC requests never reach this route, so the Vary on the router's headers can be ignored.
        matchOptions: { ignoreVary: true },
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), keepWholePages, offlineFallback],
      }),
    },
    {
      // The login page (never kept): the network, or the offline page in her language.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly({ plugins: [offlineFallback] }),
    },
  ],
});

serwist.addEventListeners();

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => isOutdatedPagesCache(name, PAGES_CACHE)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});
