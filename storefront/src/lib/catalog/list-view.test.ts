import { describe, expect, it } from "vitest";
import { ALL_VIEW, catalogViewQuery, catalogViewSegment, MAX_VIEW_VALUE_LENGTH } from "./list-view";
import { parseCatalogQuery } from "./query";

const segment = (query: string) => catalogViewSegment(new URLSearchParams(query));

describe("the catalog list's view segment", () => {
  it("is 'all' for a list with no query, and for parameters the list doesn't read", () => {
    expect(segment("")).toBe(ALL_VIEW);
    expect(segment("utm_source=wechat&fbclid=1")).toBe(ALL_VIEW);
    expect(catalogViewQuery(ALL_VIEW)).toEqual({});
  });

  it("gives the same segment for the same list, whatever the order, spacing or extra parameters", () => {
    const a = segment("sort=price_asc&category=hand-fans&page=2");
    expect(segment("page=2&utm=x&category=%20hand-fans%20&sort=price_asc")).toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(segment("sort=price_desc&category=hand-fans&page=2")).not.toBe(a);
  });

  it("reads back the list's query, which the catalog parses as before", () => {
    const query = catalogViewQuery(segment("category=hand-fans&min=50&max=300&awarded=1&sort=price_desc&page=3"));
    expect(query).toEqual({ category: "hand-fans", min: "50", max: "300", awarded: "1", sort: "price_desc", page: "3" });
    expect(parseCatalogQuery(query).query).toMatchObject({ category: "hand-fans", minPrice: 50, maxPrice: 300, awarded: true, sort: "price_desc", page: 3 });
  });

  it("keeps Chinese and odd characters intact, and a bad value still reaches the page to be reported", () => {
    expect(catalogViewQuery(segment("workshop=四会&min=5%25&page=-1"))).toEqual({ workshop: "四会", min: "5%", page: "-1" });
    const { problems } = parseCatalogQuery(catalogViewQuery(segment("page=-1")));
    expect(problems).toEqual([expect.objectContaining({ field: "page" })]);
  });

  it("bounds every value, so no query makes an unbounded path or cache key", () => {
    const long = "x".repeat(10_000);
    const view = segment(`category=${long}&workshop=${long}&min=${long}&max=${long}&awarded=${long}&sort=${long}&page=${long}`);
    expect(view.length).toBeLessThan(700);
    expect(catalogViewQuery(view).category).toHaveLength(MAX_VIEW_VALUE_LENGTH);
  });

  it("reads anything that isn't a segment it wrote as no query", () => {
    expect(catalogViewQuery("not base64!")).toEqual({});
    expect(catalogViewQuery("_-_-")).toEqual({});
    expect(catalogViewQuery("%00")).toEqual({});
  });
});

describe("the proxy's list paths", () => {
  it("moves a list's query into its view segment", async () => {
    const { catalogListPath } = await import("./list-view");
    expect(catalogListPath("/store", new URLSearchParams("page=2"))).toBe(`/store/${segment("page=2")}`);
    expect(catalogListPath("/store/", new URLSearchParams())).toBe("/store/all");
    expect(catalogListPath("/categories/hand-fans", new URLSearchParams("sort=price_asc"))).toBe(`/categories/hand-fans/${segment("sort=price_asc")}`);
  });

  it("leaves other shop paths alone, and refuses a second address under a list", async () => {
    const { catalogListPath } = await import("./list-view");
    expect(catalogListPath("/products/fan", new URLSearchParams("page=2"))).toBe("/products/fan");
    expect(catalogListPath("/categories", new URLSearchParams())).toBe("/categories");
    expect(catalogListPath("", new URLSearchParams())).toBe("");
    expect(catalogListPath("/store/all", new URLSearchParams())).toBeNull();
    expect(catalogListPath("/categories/hand-fans/x", new URLSearchParams())).toBeNull();
  });
});
