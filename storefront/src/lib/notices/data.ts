import "server-only";
import { redirect } from "next/navigation";
import type { NoticeList } from "@jinxiu/workshop/domain/notices";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString } from "@/lib/session/backend";

/**
 * Her notices, read with her own token from `/artisan/notices` (a woman) or
 * `/coordinator/notices` (a coordinator): the backend answers only the caller's own.
 */

export type NoticeReader = "artisan" | "coordinator";

/** How many notices a page shows. */
export const NOTICES_PAGE_SIZE = 30;

const loginPath = (reader: NoticeReader, locale: AppLocale) => `/${locale}/${reader === "artisan" ? "me" : "desk"}/login`;

/** A page of her notices, newest first, with her unread count. */
export async function readerNotices(reader: NoticeReader, locale: AppLocale, token: string, offset = 0): Promise<NoticeList> {
  const path = `/${reader}/notices${queryString({ limit: NOTICES_PAGE_SIZE, offset })}`;
  const answer = await callBackend<NoticeList>(path, { token });
  if (answer.status === 401) redirect(loginPath(reader, locale));
  if (!answer.ok) throw new Error(`/${reader}/notices answered ${answer.status}`);
  return answer.body;
}

/**
 * Her unread count for the badge; 0 when it can't be read (the badge is a hint: a page must never
 * fail for it).
 */
export async function unreadNotices(reader: NoticeReader, token: string): Promise<number> {
  try {
    const answer = await callBackend<NoticeList>(`/${reader}/notices${queryString({ limit: 1 })}`, { token, timeoutMs: 5_000 });
    return answer.ok ? answer.body.unread_count : 0;
  } catch {
    return 0;
  }
}
