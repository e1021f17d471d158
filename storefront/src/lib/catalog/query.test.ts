import { describe, expect, it } from "vitest";
import {
  type ListableProduct,
  applyCatalogQuery,
  catalogHref,
  pagerItems,
  paginate,
  parseCatalogQuery,
  sortProducts,
} from "./query";

const product = (id: string, fromPrice: number | null, created: string, categories: string[] = []): ListableProduct => ({
  id,
  fromPrice,
  created_at: created,
  categoryHandles: categories,
});

const fan = product("p_fan", 268, "2026-01-03T00:00:00Z", ["hand-fans"]);
const pouch = product("p_pouch", 58, "2026-01-05T00:00:00Z", ["pouches-purses"]);
const frame = product("p_frame", 1280, "2026-01-01T00:00:00Z", ["framed-embroidery"]);
const unpriced = product("p_unpriced", null, "2026-01-09T00:00:00Z", ["hand-fans"]);
const all = [fan, pouch, frame, unpriced];

describe("parseCatalogQuery", () => {
  it("defaults to newest, page 1, no filters", () => {
    expect(parseCatalogQuery({})).toEqual({ query: { sort: "newest", page: 1 }, problems: [] });
  });

  it("reads sort, filters and page", () => {
    const { query, problems } = parseCatalogQuery({
      sort: "price_desc",
      category: "hand-fans",
      workshop: "dinghu-handicraft",
      min: "100",
      max: "499.50",
      page: "3",
    });
    expect(problems).toEqual([]);
    expect(query).toEqual({
      sort: "price_desc",
      category: "hand-fans",
      workshop: "dinghu-handicraft",
      minPrice: 100,
      maxPrice: 499.5,
      page: 3,
    });
  });

  it("takes the first of repeated params and ignores blanks", () => {
    expect(parseCatalogQuery({ sort: ["price_asc", "price_desc"], min: "  " }).query).toEqual({ sort: "price_asc", page: 1 });
  });

  it("leaves out what it does not understand and says which field and why", () => {
    const { query, problems } = parseCatalogQuery({ sort: "cheapest", category: "../etc", min: "abc", max: "-5", page: "0" });
    expect(query).toEqual({ sort: "newest", page: 1 });
    expect(problems).toEqual([
      { field: "sort", reason: "unknown_sort", value: "cheapest" },
      { field: "category", reason: "invalid_handle", value: "../etc" },
      { field: "min", reason: "not_a_price", value: "abc" },
      { field: "max", reason: "not_a_price", value: "-5" },
      { field: "page", reason: "not_a_page", value: "0" },
    ]);
  });

  it("drops a price range whose minimum is above its maximum", () => {
    const { query, problems } = parseCatalogQuery({ min: "500", max: "100" });
    expect(query.minPrice).toBeUndefined();
    expect(query.maxPrice).toBeUndefined();
    expect(problems).toEqual([{ field: "min", reason: "min_above_max", value: "500" }]);
  });
});

describe("catalogHref", () => {
  const base = parseCatalogQuery({ sort: "price_asc", workshop: "sihui-gold", page: "2" }).query;

  it("writes only what differs from the defaults", () => {
    expect(catalogHref({ sort: "newest", page: 1 })).toBe("");
    expect(catalogHref(base)).toBe("?sort=price_asc&workshop=sihui-gold&page=2");
  });

  it("goes back to page 1 when a filter or the sort changes", () => {
    expect(catalogHref(base, { sort: "price_desc" })).toBe("?sort=price_desc&workshop=sihui-gold");
    expect(catalogHref(base, { workshop: undefined })).toBe("?sort=price_asc");
  });

  it("keeps the filters when only the page changes", () => {
    expect(catalogHref(base, { page: 3 })).toBe("?sort=price_asc&workshop=sihui-gold&page=3");
  });

  it("leaves out a field the page fixes itself", () => {
    expect(catalogHref({ sort: "newest", page: 1, category: "gifts" }, {}, ["category"])).toBe("");
  });

  it("round-trips through parseCatalogQuery", () => {
    const query = { sort: "price_desc" as const, category: "gifts", minPrice: 10, maxPrice: 99.9, page: 4 };
    const params = Object.fromEntries(new URLSearchParams(catalogHref(query)));
    expect(parseCatalogQuery(params).query).toEqual(query);
  });
});

describe("sortProducts", () => {
  it("sorts newest first by default", () => {
    expect(sortProducts(all, "newest").map((p) => p.id)).toEqual(["p_unpriced", "p_pouch", "p_fan", "p_frame"]);
  });

  it("sorts by price both ways, products without a price last", () => {
    expect(sortProducts(all, "price_asc").map((p) => p.id)).toEqual(["p_pouch", "p_fan", "p_frame", "p_unpriced"]);
    expect(sortProducts(all, "price_desc").map((p) => p.id)).toEqual(["p_frame", "p_fan", "p_pouch", "p_unpriced"]);
  });

  it("orders products created at the same moment the same way every time", () => {
    const same = [product("a", 1, "2026-01-01T00:00:00Z"), product("c", 1, "2026-01-01T00:00:00Z"), product("b", 1, "2026-01-01T00:00:00Z")];
    expect(sortProducts(same, "newest").map((p) => p.id)).toEqual(["c", "b", "a"]);
    expect(sortProducts([...same].reverse(), "price_asc").map((p) => p.id)).toEqual(["c", "b", "a"]);
  });

  it("does not change its input", () => {
    const input = [...all];
    sortProducts(input, "price_asc");
    expect(input).toEqual(all);
  });
});

describe("applyCatalogQuery", () => {
  it("filters by category", () => {
    const page = applyCatalogQuery(all, { sort: "newest", page: 1, category: "hand-fans" });
    expect(page.items.map((p) => p.id)).toEqual(["p_unpriced", "p_fan"]);
    expect(page.total).toBe(2);
  });

  it("filters by workshop through the workshop's product ids", () => {
    const page = applyCatalogQuery(all, { sort: "newest", page: 1, workshop: "dinghu" }, new Set(["p_pouch", "p_frame"]));
    expect(page.items.map((p) => p.id)).toEqual(["p_pouch", "p_frame"]);
  });

  it("shows nothing for a workshop whose product ids are unknown", () => {
    expect(applyCatalogQuery(all, { sort: "newest", page: 1, workshop: "nowhere" }).total).toBe(0);
  });

  it("filters by an inclusive price range and leaves out unpriced products", () => {
    const page = applyCatalogQuery(all, { sort: "price_asc", page: 1, minPrice: 58, maxPrice: 268 });
    expect(page.items.map((p) => p.id)).toEqual(["p_pouch", "p_fan"]);
    expect(applyCatalogQuery(all, { sort: "price_asc", page: 1, minPrice: 1000 }).items.map((p) => p.id)).toEqual(["p_frame"]);
  });

  it("paginates and clamps a page past the end to the last page", () => {
    const many = Array.from({ length: 30 }, (_, i) => product(`p${String(i).padStart(2, "0")}`, i + 1, "2026-01-01T00:00:00Z"));
    const second = applyCatalogQuery(many, { sort: "price_asc", page: 2 }, undefined, 12);
    expect(second).toMatchObject({ total: 30, page: 2, pageCount: 3 });
    expect(second.items.map((p) => p.fromPrice)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    const beyond = applyCatalogQuery(many, { sort: "price_asc", page: 9 }, undefined, 12);
    expect(beyond.page).toBe(3);
    expect(beyond.items).toHaveLength(6);
  });

  it("has one (empty) page when nothing matches", () => {
    expect(applyCatalogQuery([], { sort: "newest", page: 3 })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe("pagerItems", () => {
  it("lists every page when there are few", () => {
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("elides far pages around the current one", () => {
    expect(pagerItems(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagerItems(1, 10)).toEqual([1, 2, null, 10]);
    expect(pagerItems(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe("paginate", () => {
  it("slices an ordered list without reordering it", () => {
    expect(paginate(["c", "a", "b"], 2, 2)).toEqual({ items: ["b"], total: 3, page: 2, pageCount: 2 });
  });

  it("treats a nonsense page as the first", () => {
    expect(paginate(["a"], Number.NaN, 2).page).toBe(1);
    expect(paginate(["a"], -3, 2).page).toBe(1);
  });
});
