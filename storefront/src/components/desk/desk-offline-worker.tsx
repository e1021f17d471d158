"use client";

import { useLocale } from "@/i18n/client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import type { AppLocale } from "@/i18n/locales";
import { deskScope } from "@/lib/desk/offline";
import { keepDeskPageOffline } from "@/lib/desk/offline-client";

/**
 * Makes the signed-in desk open with no connection: registers the desk's service worker and has it
 * keep each desk page she opens. When a page is kept, <html data-desk-offline="kept"> says so.
 */
export function DeskOfflineWorker() {
  const locale = useLocale() as AppLocale;
  const pathname = usePathname();
  const query = useSearchParams().toString();
  // Only the first page of this document can have come through the worker as HTML.
  const first = useRef(true);

  useEffect(() => {
    const workers = navigator.serviceWorker;
    const here = query ? `${pathname}?${query}` : pathname;
    // Kept already: this document itself was loaded through the worker (not reached by a
    // client-side navigation, as after the login).
    const alreadyKept = first.current && Boolean(workers?.controller) && loadedAs(here);
    first.current = false;
    const root = document.documentElement;
    let current = true;
    const keep = (hrefs: string[], already: boolean) => {
      delete root.dataset.deskOffline;
      keepDeskPageOffline(locale, hrefs, { alreadyKept: already })
        .then((kept) => {
          if (kept && current) root.dataset.deskOffline = "kept";
        })
        .catch(() => {
          // No worker (private mode, an old browser): the desk still works online, and the outbox still keeps batches.
        });
    };
    keep([here], alreadyKept);
    // A worker that takes over (the first one, or a new build's, which dropped the older pages)
    // keeps this page again, and the desk's first page with it.
    const takenOver = () => keep([...new Set([here, deskScope(locale)])], false);
    workers?.addEventListener("controllerchange", takenOver);
    return () => {
      current = false;
      workers?.removeEventListener("controllerchange", takenOver);
    };
  }, [locale, pathname, query]);

  return null;
}

/** Whether the document was loaded at `href` (path and query), rather than reached by the router. */
function loadedAs(href: string): boolean {
  const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (!entry) return false;
  const loaded = new URL(entry.name);
  return loaded.pathname + loaded.search === href;
}
