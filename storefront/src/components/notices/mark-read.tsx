"use client";

import { useEffect } from "react";
import { markNoticesRead } from "@/lib/notices/actions";
import { NOTICES_READ_EVENT, type NoticesReadDetail } from "./unread-badge";

/**
 * Opening the notices page marks the notices it shows read (once it is on screen); the badge in
 * the navigation then follows, even if she has already moved on. The page keeps showing which
 * ones were new on this visit.
 */
export function MarkNoticesRead({ reader, ids }: { reader: NoticesReadDetail["reader"]; ids: string[] }) {
  const key = ids.join(",");
  useEffect(() => {
    if (!key) return;
    markNoticesRead(reader, key.split(",")).then((unread) => {
      if (unread !== null) {
        window.dispatchEvent(new CustomEvent<NoticesReadDetail>(NOTICES_READ_EVENT, { detail: { reader, unread } }));
      }
    });
  }, [reader, key]);
  return null;
}
