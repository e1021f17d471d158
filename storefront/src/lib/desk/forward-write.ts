import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import { readJsonBody } from "@/lib/request-body";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { SESSION_COOKIE } from "@/lib/session/token";

/**
 * What the desk's outbox route handlers share: a write from the coordinator's phone goes on to
 * the backend with her token from her httpOnly cookie and the item's own Idempotency-Key, and
 * the backend's answer comes back as it is. When the backend can't be reached the answer is 502,
 * which the outbox treats like a network error (retry with the same key). The body is read up to
 * `maxBytes` (the backend's cap for the route): more is 413, and a body that isn't JSON is 400,
 * both naming the body in the caller's language.
 */
export async function forwardDeskWrite(request: NextRequest, backendPath: string, maxBytes: number): Promise<NextResponse> {
  // The cookie is SameSite=Lax, and a page of another site gets a plain refusal too.
  const origin = request.headers.get("origin");
  if (origin && !isSameHost(origin, request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
    return NextResponse.json({ type: "forbidden", message: "Cross-site request refused" }, { status: 403 });
  }
  const token = request.cookies.get(SESSION_COOKIE.coordinator)?.value;
  if (!token) {
    return NextResponse.json({ type: "unauthorized", message: "Sign in to the desk first" }, { status: 401 });
  }
  const key = request.headers.get("idempotency-key");
  const headers: Record<string, string> = {};
  if (key) headers["idempotency-key"] = key;
  const read = await readJsonBody(request, maxBytes);
  if (!read.ok) {
    return NextResponse.json(read.body, { status: read.status, headers: { "cache-control": "no-store" } });
  }
  try {
    const answer = await callBackend(backendPath, { method: "POST", token, rawBody: read.text, headers, timeoutMs: 60_000 });
    const response = NextResponse.json(answer.body, { status: answer.status });
    const replayed = answer.headers.get("idempotent-replayed");
    if (replayed) response.headers.set("idempotent-replayed", replayed);
    response.headers.set("cache-control", "no-store");
    return response;
  } catch (error) {
    if (error instanceof BackendUnreachableError) {
      return NextResponse.json({ type: "backend_unreachable", message: "The workshop server can't be reached" }, { status: 502 });
    }
    throw error;
  }
}

function isSameHost(origin: string, host: string | null): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
