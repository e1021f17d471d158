"use client";

import { useLocale } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import type { AppLocale } from "@/i18n/locales";
import { keepDeskPageOffline } from "@/lib/desk/offline-client";

/**
 * Makes the signed-in desk open with no connection: registers the desk's service worker and has it
 * keep each desk page she opens. When a page is kept, <html data-desk-offline="kept"> says so.
 */
export function DeskOfflineWorker() {
  const locale = useLocale() as AppLocale;
  const pathname = usePathname();
  const query = useSearchParams().toString();
  // A first page that came through the worker is kept already; later pages came by client-side navigation.
  const first = useRef(true);

  useEffect(() => {
    const alreadyKept = first.current && Boolean(navigator.serviceWorker?.controller);
    first.current = false;
    const root = document.documentElement;
    delete root.dataset.deskOffline;
    let current = true;
    keepDeskPageOffline(locale, query ? `${pathname}?${query}` : pathname, { alreadyKept })
      .then((kept) => {
        if (kept && current) root.dataset.deskOffline = "kept";
      })
      .catch(() => {
        // No worker (private mode, an old browser): the desk still works online, and the outbox still keeps batches.
      });
    return () => {
      current = false;
    };
  }, [locale, pathname, query]);

  return null;
}
