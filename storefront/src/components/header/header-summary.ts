"use client";

import { useEffect, useSyncExternalStore } from "react";

/** The event anything that changes the cart dispatches on `window` so the header refreshes. */
export const CART_CHANGED_EVENT = "jinxiu:cart-changed";

export type HeaderSummary = { itemCount: number; loggedIn: boolean };

let summary: HeaderSummary | null = null;
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  inFlight ??= fetch("/api/cart/summary", { cache: "no-store", credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<HeaderSummary>) : null))
    .then((next) => {
      if (next) {
        summary = next;
        for (const listener of listeners) listener();
      }
    })
    .catch(() => undefined)
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The visitor's cart count and login state for the header islands, fetched once per page by all
 * of them together, and again whenever the cart changes (CART_CHANGED_EVENT) or a page is
 * restored from the back/forward cache.
 */
export function useHeaderSummary(): HeaderSummary | null {
  const value = useSyncExternalStore(subscribe, () => summary, () => null);
  useEffect(() => {
    void load();
    const reload = () => void load();
    window.addEventListener(CART_CHANGED_EVENT, reload);
    window.addEventListener("pageshow", reload);
    return () => {
      window.removeEventListener(CART_CHANGED_EVENT, reload);
      window.removeEventListener("pageshow", reload);
    };
  }, []);
  return value;
}

/** Tells the header (and anything else listening) that the cart changed. */
export function announceCartChanged(): void {
  window.dispatchEvent(new Event(CART_CHANGED_EVENT));
}
