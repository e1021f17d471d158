"use client";

import { useCallback, useMemo } from "react";
import { classifyAttendance, composeAttendance, type AttendanceResponse, type QueuedAttendance } from "@/lib/desk/attendance-queue";
import { attendanceStorageKey, browserAttendanceOutbox } from "@/lib/desk/outbox-storage";
import type { FlushReport } from "@/lib/desk/queue";
import { newIdempotencyKey } from "@/lib/desk/work-line";
import { postWithKey, useSendingQueue } from "./use-outbox";

export type AttendanceReport = FlushReport<QueuedAttendance, AttendanceResponse>;

/** One attempt: the session's women with the item's own Idempotency-Key, to the desk's route handler. */
function sendAttendance(item: QueuedAttendance) {
  return postWithKey(`/api/desk/training-sessions/${encodeURIComponent(item.session_id)}/attendance`, item.key, {
    artisan_ids: item.artisan_ids,
  });
}

/**
 * Training attendance in the browser: the women she marks are saved on the phone with a new key
 * before they are sent, and sent again with that key until the backend answers for good.
 */
export function useAttendanceOutbox(coordinatorId: string, onAnswered: (report: AttendanceReport) => void = () => undefined) {
  const store = useMemo(() => browserAttendanceOutbox(coordinatorId), [coordinatorId]);
  const queue = useSendingQueue<QueuedAttendance, AttendanceResponse>({
    store,
    send: sendAttendance,
    judge: classifyAttendance,
    lockName: `jinxiu-desk-attendance-${coordinatorId}`,
    storageName: attendanceStorageKey(coordinatorId),
    onAnswered,
  });
  const { add } = queue;

  /** Saves the women of one session (with a new key), then tries to send them. */
  const record = useCallback(
    (sessionId: string, artisanIds: readonly string[]) => add(composeAttendance(sessionId, artisanIds, newIdempotencyKey(), Date.now())),
    [add]
  );

  return { ...queue, record };
}
