"use server";

import type { NoticesRead } from "@jinxiu/workshop/domain/notices";
import { callBackend } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";
import { readableIds } from "./notice-view";

/**
 * The notices page was opened: the notices it showed are marked read, with the reader's own token
 * (her session's cookie; the backend marks only her own). Answers her unread count, or null when
 * she is signed out or the backend can't be reached (the page stays as it is).
 */
export async function markNoticesRead(reader: "artisan" | "coordinator", ids: string[]): Promise<number | null> {
  if (reader !== "artisan" && reader !== "coordinator") return null;
  const shown = readableIds(ids);
  if (!shown.length) return null;
  const token = await readSessionToken(reader);
  if (!token) return null;
  try {
    const answer = await callBackend<NoticesRead>(`/${reader}/notices/read`, { token, body: { ids: shown } });
    return answer.ok ? answer.body.unread_count : null;
  } catch {
    return null;
  }
}
