import type { AppLocale } from "../../i18n/locales";
import { DESK_WORKER_URL, deskScope } from "./offline";

/**
 * The desk's side of its service worker, in the browser: register it for the desk in her language,
 * have it keep the page she is on, and forget the kept pages at log-out and log-in. Plain browser
 * APIs (a few lines on the desk's pages, no client library).
 */

/** Cache Storage names that hold the build's files only (Serwist's precache): the same for everybody. */
export function isAppCodeCache(name: string): boolean {
  return name.startsWith("serwist-precache-");
}

/**
 * Deletes every cache that may hold a coordinator's pages (all but the build's files), so the next
 * person on this phone never gets them, online or not. Resolves to the names deleted.
 */
export async function forgetDeskPages(storage: Pick<CacheStorage, "keys" | "delete"> | undefined = browserCaches()): Promise<string[]> {
  if (!storage) return [];
  const names = (await storage.keys()).filter((name) => !isAppCodeCache(name));
  await Promise.all(names.map((name) => storage.delete(name)));
  return names;
}

/** The part of navigator.serviceWorker used here. */
export type WorkerContainer = Pick<ServiceWorkerContainer, "register" | "ready">;

/**
 * How long the page waits for the worker to say a page is kept, and how often it asks. The worker
 * (Serwist) answers only on success: a page the server was slow to render (over the worker's
 * network timeout, with nothing kept yet) gets no answer at all, so the page asks again.
 */
export const KEEP_REPLY_TIMEOUT_MS = 8_000;
export const KEEP_ATTEMPTS = 4;

export type KeepOptions = {
  /** navigator.serviceWorker (undefined: a browser without service workers) */
  container?: WorkerContainer;
  online?: boolean;
  /** the page came through the worker already (it is kept) */
  alreadyKept?: boolean;
  /** test hook: how long to wait for each answer */
  replyTimeoutMs?: number;
};

/**
 * Registers the desk's worker for /<locale>/desk and, once it is active, asks it to keep `hrefs`
 * (the page she is on: the first one was loaded before the worker was there, and a page reached by
 * a client-side navigation never went through it as HTML). Resolves true once they are kept.
 */
export async function keepDeskPageOffline(locale: AppLocale, hrefs: string[], options: KeepOptions = {}): Promise<boolean> {
  const container = "container" in options ? options.container : browserWorkers();
  const online = options.online ?? (typeof navigator === "undefined" || navigator.onLine);
  const alreadyKept = options.alreadyKept ?? false;
  if (!container) return false;
  await container.register(DESK_WORKER_URL, { scope: deskScope(locale), type: "module", updateViaCache: "none" });
  const registration = await container.ready;
  const worker = registration.active;
  if (!worker) return false;
  if (alreadyKept) return true;
  if (!online) return false;
  const timeout = options.replyTimeoutMs ?? KEEP_REPLY_TIMEOUT_MS;
  const ask = () =>
    new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => {
        channel.port1.close();
        resolve(false);
      }, timeout);
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        channel.port1.close();
        resolve(true);
      };
      worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: hrefs } }, [channel.port2]);
    });
  for (let attempt = 0; attempt < KEEP_ATTEMPTS; attempt++) {
    if (await ask()) return true;
  }
  return false;
}

function browserCaches(): CacheStorage | undefined {
  return typeof caches === "undefined" ? undefined : caches;
}

function browserWorkers(): ServiceWorkerContainer | undefined {
  return typeof navigator !== "undefined" && "serviceWorker" in navigator ? navigator.serviceWorker : undefined;
}
