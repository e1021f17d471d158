import { MAX_BODY_BYTES } from "@jinxiu/workshop/domain/limits";
import { type NextRequest, NextResponse } from "next/server";
import { forwardDeskWrite } from "@/lib/desk/forward-write";

/** A session id as the backend makes them; anything else can't be a session. */
const SESSION_ID = /^[A-Za-z0-9_]{1,64}$/;

/**
 * POST /api/desk/training-sessions/:id/attendance { artisan_ids }: the desk's attendance outbox
 * sends each item here with its own Idempotency-Key; it goes on to the backend
 * (POST /coordinator/training-sessions/:id/attendance) with the coordinator's token, and the
 * backend's answer comes back as it is (see forwardDeskWrite).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!SESSION_ID.test(id)) {
    return NextResponse.json(
      { type: "not_found", field: "session_id", message: `Training session ${id.slice(0, 64)} was not found` },
      { status: 404, headers: { "cache-control": "no-store" } }
    );
  }
  return forwardDeskWrite(request, `/coordinator/training-sessions/${id}/attendance`, MAX_BODY_BYTES);
}
