import { describe, expect, it } from "vitest";
import { applyCatalogQuery, catalogHref, parseCatalogQuery } from "./query";

const product = (id: string) => ({ id, created_at: "2026-01-01", categoryHandles: ["hand-fans"], fromPrice: 100 });

describe("the catalog's award-winning filter", () => {
  it("is read from ?awarded=1 and written back", () => {
    const { query, problems } = parseCatalogQuery({ awarded: "1" });
    expect(problems).toEqual([]);
    expect(query.awarded).toBe(true);
    expect(catalogHref(query)).toBe("?awarded=1");
    expect(catalogHref(query, { awarded: undefined })).toBe("");
    expect(parseCatalogQuery({ awarded: "0" }).query.awarded).toBeUndefined();
  });

  it("reports a value it does not understand and leaves the filter off", () => {
    const { query, problems } = parseCatalogQuery({ awarded: "gold" });
    expect(query.awarded).toBeUndefined();
    expect(problems).toEqual([{ field: "awarded", reason: "not_a_choice", value: "gold" }]);
  });

  it("keeps only the award-winning pieces, and none when no award is known", () => {
    const all = [product("p_fan"), product("p_pouch"), product("p_frame")];
    const query = { sort: "newest" as const, page: 1, awarded: true };
    expect(applyCatalogQuery(all, query, undefined, undefined, new Set(["p_pouch"])).items.map((p) => p.id)).toEqual(["p_pouch"]);
    expect(applyCatalogQuery(all, query).total).toBe(0);
    expect(applyCatalogQuery(all, { sort: "newest", page: 1 }, undefined, undefined, new Set(["p_pouch"])).total).toBe(3);
  });
});
