"use client";

import { useEffect } from "react";
import { forgetDeskPages } from "@/lib/desk/offline-client";

/**
 * On the desk's login page (where log-out and an expired login land): the pages the desk's worker
 * kept for an offline open are deleted, so the next coordinator on this phone never gets them.
 * <html data-desk-offline="forgotten"> says when it is done.
 */
export function ForgetDeskPages() {
  useEffect(() => {
    const root = document.documentElement;
    forgetDeskPages()
      .catch(() => [])
      .then(() => {
        root.dataset.deskOffline = "forgotten";
      });
  }, []);
  return null;
}
