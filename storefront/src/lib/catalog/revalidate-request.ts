import { type CacheTag, isCacheTag, tagsForEvent } from "./cache-tags";

/** The header the backend sends the shared secret in. */
export const REVALIDATE_SECRET_HEADER = "x-jinxiu-revalidate-secret";
const MAX_EVENTS = 100;

export type RevalidateBody = { events?: unknown; tags?: unknown };

/**
 * Reads POST /api/revalidate's body: `{ events: ["product.updated", …] }` (what the backend's
 * subscriber sends) and/or `{ tags: ["catalog:products", …] }`. Answers the tags to drop, or
 * which field is wrong and why (nothing is revalidated then).
 */
export function parseRevalidateBody(
  body: unknown,
): { ok: true; tags: CacheTag[] } | { ok: false; field: string; message: string } {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, field: "body", message: "expected a JSON object with `events` and/or `tags`" };
  }
  const { events, tags } = body as RevalidateBody;
  if (events === undefined && tags === undefined) {
    return { ok: false, field: "body", message: "expected `events` and/or `tags`" };
  }
  const result = new Set<CacheTag>();
  if (events !== undefined) {
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS) {
      return { ok: false, field: "events", message: `expected a list of 1 to ${MAX_EVENTS} event names` };
    }
    for (const [index, event] of events.entries()) {
      const eventTags = typeof event === "string" ? tagsForEvent(event) : null;
      if (!eventTags) return { ok: false, field: `events[${index}]`, message: `unknown event ${JSON.stringify(event)}` };
      for (const tag of eventTags) result.add(tag);
    }
  }
  if (tags !== undefined) {
    if (!Array.isArray(tags) || tags.length === 0) {
      return { ok: false, field: "tags", message: "expected a non-empty list of cache tags" };
    }
    for (const [index, tag] of tags.entries()) {
      if (!isCacheTag(tag)) return { ok: false, field: `tags[${index}]`, message: `unknown cache tag ${JSON.stringify(tag)}` };
      result.add(tag);
    }
  }
  return { ok: true, tags: [...result] };
}
