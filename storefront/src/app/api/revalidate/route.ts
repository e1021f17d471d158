import { timingSafeEqual } from "node:crypto";
import { MAX_BODY_BYTES } from "@jinxiu/workshop/domain/limits";
import { revalidateTag } from "next/cache";
import { type NextRequest, NextResponse } from "next/server";
import { REVALIDATE_SECRET_HEADER, parseRevalidateBody } from "@/lib/catalog/revalidate-request";
import { readJsonBody } from "@/lib/request-body";
import { revalidateSharedCache } from "@/lib/shared-cache/revalidate";

export const dynamic = "force-dynamic";

function sameSecret(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /api/revalidate: the backend tells the shop that catalog data changed
 * (backend/src/subscribers/storefront-revalidate.ts). With the shared secret in
 * x-jinxiu-revalidate-secret and `{ events: [...] }` or `{ tags: [...] }`, the matching cached
 * reads are dropped at once, so the next visitor gets fresh prices and stock.
 */
export async function POST(request: NextRequest) {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET;
  if (!secret) {
    return NextResponse.json(
      { error: "revalidation is not configured: STOREFRONT_REVALIDATE_SECRET is not set on the storefront" },
      { status: 503 },
    );
  }
  if (!sameSecret(request.headers.get(REVALIDATE_SECRET_HEADER), secret)) {
    return NextResponse.json({ error: `missing or wrong ${REVALIDATE_SECRET_HEADER} header` }, { status: 401 });
  }
  // read with a cap: 413 over MAX_BODY_BYTES, 400 when not JSON
  const read = await readJsonBody(request, MAX_BODY_BYTES);
  if (!read.ok) return NextResponse.json({ error: read.body.message }, { status: read.status });
  const parsed = parseRevalidateBody(read.value);
  if (!parsed.ok) {
    return NextResponse.json({ error: `${parsed.field}: ${parsed.message}` }, { status: 400 });
  }
  // The backend calls after a change: expire at once, so no visitor is served the stale data, on
  // this instance or (REDIS_URL) any other: the shared cache is cleared before the answer.
  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 });
  await revalidateSharedCache(parsed.tags);
  return NextResponse.json({ revalidated: parsed.tags });
}
