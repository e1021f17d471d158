import { describe, expect, it } from "vitest";
import { CACHE_TAGS, isCacheTag, tagsForEvent } from "./cache-tags";

describe("tagsForEvent", () => {
  it("drops the product reads when a product, variant or price changes", () => {
    for (const event of ["product.updated", "product-variant.created", "pricing.price.updated", "pricing.price-list.deleted"]) {
      expect(tagsForEvent(event), event).toEqual([CACHE_TAGS.products]);
    }
  });

  it("drops categories and products when a category changes", () => {
    expect(tagsForEvent("product-category.updated")).toEqual([CACHE_TAGS.categories, CACHE_TAGS.products]);
  });

  it("drops the stock (products) and impact figures when an order is placed or canceled", () => {
    expect(tagsForEvent("order.placed")).toEqual([CACHE_TAGS.products, CACHE_TAGS.impact]);
    expect(tagsForEvent("order.canceled")).toEqual([CACHE_TAGS.products, CACHE_TAGS.impact]);
  });

  it("treats inventory levels and reservations as stock", () => {
    expect(tagsForEvent("inventory-level.updated")).toEqual([CACHE_TAGS.products]);
    expect(tagsForEvent("reservation-item.created")).toEqual([CACHE_TAGS.products]);
  });

  it("drops the openings with the workshops, and awards' badges with products too, when the staff change them", () => {
    expect(tagsForEvent("workshop.opening.created")).toEqual([CACHE_TAGS.workshops, CACHE_TAGS.impact]);
    expect(tagsForEvent("workshop.opening.updated")).toEqual([CACHE_TAGS.workshops, CACHE_TAGS.impact]);
    expect(tagsForEvent("workshop.award.deleted")).toEqual([CACHE_TAGS.workshops, CACHE_TAGS.products, CACHE_TAGS.impact]);
    expect(tagsForEvent("workshop.application.received")).toBeNull();
    expect(tagsForEvent("workshop.workshop.updated")).toEqual([CACHE_TAGS.workshops]);
  });

  it("does not mistake a longer prefix for a shorter one", () => {
    // "product-tag" is not a product change the shop shows; "product" must not match it.
    expect(tagsForEvent("product-tag.updated")).toBeNull();
  });

  it("answers null for unknown events and malformed names", () => {
    for (const event of ["customer.created", "product", ".updated", "product.exploded", "", "order.placed.extra"]) {
      expect(tagsForEvent(event), event).toBeNull();
    }
  });
});

describe("isCacheTag", () => {
  it("accepts only the storefront's own tags", () => {
    expect(isCacheTag(CACHE_TAGS.impact)).toBe(true);
    expect(isCacheTag("everything")).toBe(false);
    expect(isCacheTag(42)).toBe(false);
  });
});
