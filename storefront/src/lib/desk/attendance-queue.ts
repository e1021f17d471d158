/**
 * A training session's attendance, sent from the desk's outbox like a batch of work lines
 * (queue.ts, whose rules it reuses): the women she marks are kept on her phone with the
 * Idempotency-Key made when she records them, and sent with that same key until the backend gives
 * a definite answer. Confirmed: removed. Refused (4xx: a session still to come, a full session, a
 * woman not of her workshops): kept with the error until she discards it. No answer (offline,
 * 5xx): kept and sent again. Signed out (401): kept until she signs in. The backend records each
 * woman once per session, so a replay changes nothing.
 *
 * Pure: storage and sending are handed in.
 */
import type { LineError } from "@jinxiu/workshop/domain/work-lines";
import { classifyAnswer, parseStoredItems, type OutboxItem, type Outcome, type SendResult } from "./queue";

/** What the backend answers (201) for a session's attendance: the women of the request, all recorded. */
export type AttendanceResponse = { session_id: string; skill_code: string; artisan_ids: string[] };

/** Women marked as attending one session, waiting on this phone or refused. */
export type QueuedAttendance = OutboxItem & { session_id: string; artisan_ids: string[] };

/** A new item for the outbox: the women once each, in a stable order. */
export function composeAttendance(sessionId: string, artisanIds: readonly string[], key: string, now: number): QueuedAttendance {
  const ids = [...new Set(artisanIds)].sort();
  if (!sessionId) throw new Error("Attendance needs a session");
  if (!ids.length) throw new Error("Attendance needs at least one woman");
  return { key, composedAt: now, session_id: sessionId, artisan_ids: ids, state: "waiting", attempts: 0 };
}

/** What an answer means: a 2xx is confirmed only with the attendance in it; a refusal keeps the backend's field, code and params. */
export function classifyAttendance(result: SendResult): Outcome<AttendanceResponse> {
  return classifyAnswer(
    result,
    (body) => {
      const attendance = body.attendance as Record<string, unknown> | undefined;
      return attendance && typeof attendance.session_id === "string" && Array.isArray(attendance.artisan_ids)
        ? (attendance as unknown as AttendanceResponse)
        : null;
    },
    (_status, body, message): LineError[] => [
      {
        index: null,
        field: typeof body.field === "string" ? body.field : "",
        code: typeof body.code === "string" ? body.code : String(body.type ?? "unknown"),
        message,
        ...(body.params && typeof body.params === "object" ? { params: body.params as Record<string, string | number> } : {}),
      },
    ]
  );
}

/** The stored attendance outbox, checked on the way in. */
export function parseStoredAttendance(raw: string | null): QueuedAttendance[] {
  return parseStoredItems<QueuedAttendance>(
    raw,
    (b) => typeof b.session_id === "string" && Array.isArray(b.artisan_ids) && b.artisan_ids.every((id) => typeof id === "string")
  );
}

/** For one session: the women waiting on this phone to be sent, and the refused items. */
export function pendingForSession(queue: readonly QueuedAttendance[], sessionId: string): { waiting: Set<string>; refused: QueuedAttendance[] } {
  const mine = queue.filter((item) => item.session_id === sessionId);
  return {
    waiting: new Set(mine.filter((item) => item.state === "waiting").flatMap((item) => item.artisan_ids)),
    refused: mine.filter((item) => item.state === "refused"),
  };
}

/** A key of the DeskTraining.errors messages. */
export type AttendanceErrorKey = "sessionFull" | "sessionInFuture" | "sessionNotFound" | "artisanNotFound" | "signIn" | "unknown";

/** What to tell her about a refused attendance, in her language: the message key and its values. */
export function attendanceErrorMessage(error: LineError): { key: AttendanceErrorKey; values: Record<string, string | number> } {
  const params = error.params ?? {};
  switch (error.code) {
    case "session_full":
      return { key: "sessionFull", values: { capacity: params.capacity ?? "", taken: params.taken ?? "" } };
    case "session_in_future":
      return { key: "sessionInFuture", values: { date: params.date ?? "" } };
    case "not_found":
      if (error.field === "session_id") return { key: "sessionNotFound", values: {} };
      if (error.field === "artisan_ids") return { key: "artisanNotFound", values: {} };
      break;
    case "unauthorized":
      return { key: "signIn", values: {} };
  }
  return { key: "unknown", values: { message: error.message ?? error.code } };
}
