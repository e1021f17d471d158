import { MAX_BATCH_BODY_BYTES } from "@jinxiu/workshop/domain/limits";
import type { NextRequest } from "next/server";
import { forwardDeskWrite } from "@/lib/desk/forward-write";

/**
 * POST /api/desk/work-entries: the desk's outbox sends each batch here; it goes on to the backend
 * (POST /coordinator/work-entries) with the coordinator's token and the batch's own
 * Idempotency-Key, the body as it came (each line's `trial` included). The body is read up to
 * MAX_BATCH_BODY_BYTES (the backend's cap for a batch). See forwardDeskWrite.
 */
export async function POST(request: NextRequest) {
  return forwardDeskWrite(request, "/coordinator/work-entries", MAX_BATCH_BODY_BYTES);
}
