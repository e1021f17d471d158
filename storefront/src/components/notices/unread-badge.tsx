"use client";

import { useTranslations } from "@/i18n/client";
import { useEffect, useState } from "react";
import { badgeText } from "@/lib/notices/notice-view";

/** Sent on `window` when a notices page has marked its notices read: `{ reader, unread }`. */
export const NOTICES_READ_EVENT = "jinxiu:notices-read";
export type NoticesReadDetail = { reader: "artisan" | "coordinator"; unread: number };

/**
 * The unread count as a small red disc (nothing at 0). It starts from the count the page was
 * rendered with and follows the notices page as it marks them read, without reloading the page.
 */
export function UnreadBadge({ reader, initial }: { reader: NoticesReadDetail["reader"]; initial: number }) {
  const t = useTranslations("Notices");
  const [unread, setUnread] = useState(initial);
  useEffect(() => setUnread(initial), [initial]);
  useEffect(() => {
    const onRead = (event: Event) => {
      const detail = (event as CustomEvent<NoticesReadDetail>).detail;
      if (detail?.reader === reader) setUnread(detail.unread);
    };
    window.addEventListener(NOTICES_READ_EVENT, onRead);
    return () => window.removeEventListener(NOTICES_READ_EVENT, onRead);
  }, [reader]);
  const text = badgeText(unread);
  if (!text) return null;
  return (
    <span
      className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-cinnabar-700 px-1 text-xs font-bold leading-none text-white tabular-nums ring-2 ring-paper"
      data-testid="notices-badge"
      aria-label={t("unread", { count: unread })}
    >
      {text}
    </span>
  );
}
