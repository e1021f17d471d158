import { describe, expect, it } from "vitest";
import { CACHE_TAGS } from "./cache-tags";
import { parseRevalidateBody } from "./revalidate-request";

describe("parseRevalidateBody", () => {
  it("turns events into the tags they make stale, without duplicates", () => {
    expect(parseRevalidateBody({ events: ["product.updated", "inventory-level.updated", "order.placed"] })).toEqual({
      ok: true,
      tags: [CACHE_TAGS.products, CACHE_TAGS.impact],
    });
  });

  it("accepts tags directly", () => {
    expect(parseRevalidateBody({ tags: [CACHE_TAGS.workshops] })).toEqual({ ok: true, tags: [CACHE_TAGS.workshops] });
  });

  it("says which field is wrong", () => {
    expect(parseRevalidateBody(null)).toMatchObject({ ok: false, field: "body" });
    expect(parseRevalidateBody({})).toMatchObject({ ok: false, field: "body" });
    expect(parseRevalidateBody({ events: "product.updated" })).toMatchObject({ ok: false, field: "events" });
    expect(parseRevalidateBody({ events: [] })).toMatchObject({ ok: false, field: "events" });
    expect(parseRevalidateBody({ events: ["product.updated", "customer.created"] })).toEqual({
      ok: false,
      field: "events[1]",
      message: 'unknown event "customer.created"',
    });
    expect(parseRevalidateBody({ tags: ["everything"] })).toMatchObject({ ok: false, field: "tags[0]" });
  });

  it("refuses the whole request when one part is wrong", () => {
    expect(parseRevalidateBody({ events: ["product.updated"], tags: ["nope"] }).ok).toBe(false);
  });
});
