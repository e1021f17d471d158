import { describe, expect, it } from "vitest";
import { type CatalogProduct, relatedProducts, toCatalogProduct } from "./catalog-product";

const priced = (amount: number, inventory: number) => ({
  calculated_price: { calculated_amount: amount, currency_code: "cny" },
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: inventory,
});

describe("toCatalogProduct", () => {
  it("takes the cheapest price, the category handles, the workshop and whether anything is in stock", () => {
    const product = toCatalogProduct({
      id: "prod_1",
      handle: "phoenix-folding-fan",
      title: "丹凤朝阳折扇",
      subtitle: "黑缎扇面",
      thumbnail: "http://localhost:9000/static/a.webp",
      created_at: "2026-01-01T00:00:00Z",
      metadata: { workshop_handle: "jinxiu-base" },
      categories: [{ handle: "hand-fans" }, null],
      variants: [priced(588, 0), priced(398, 8)],
    });
    expect(product).toEqual({
      id: "prod_1",
      handle: "phoenix-folding-fan",
      title: "丹凤朝阳折扇",
      subtitle: "黑缎扇面",
      thumbnail: "http://localhost:9000/static/a.webp",
      created_at: "2026-01-01T00:00:00Z",
      categoryHandles: ["hand-fans"],
      price: { amount: 398, currencyCode: "cny" },
      priceVaries: true,
      fromPrice: 398,
      workshopHandle: "jinxiu-base",
      inStock: true,
    });
  });

  it("copes with a product without variants, prices or metadata", () => {
    const product = toCatalogProduct({ id: "prod_2" });
    expect(product).toMatchObject({ handle: "prod_2", price: null, priceVaries: false, fromPrice: null, workshopHandle: null, inStock: false, categoryHandles: [] });
  });

  it("says the price varies only when variants have different prices", () => {
    expect(toCatalogProduct({ id: "p", variants: [priced(5, 1), priced(5, 1)] }).priceVaries).toBe(false);
  });

  it("is out of stock when every variant is", () => {
    expect(toCatalogProduct({ id: "p", variants: [priced(1, 0), priced(2, 0)] }).inStock).toBe(false);
  });
});

describe("relatedProducts", () => {
  const make = (id: string, categories: string[], workshop: string | null, inStock = true): CatalogProduct => ({
    id,
    handle: id,
    title: id,
    subtitle: null,
    thumbnail: null,
    created_at: null,
    categoryHandles: categories,
    price: null,
    priceVaries: false,
    fromPrice: null,
    workshopHandle: workshop,
    inStock,
  });
  const fan = make("fan", ["hand-fans"], "dinghu");
  const catalog = [
    fan,
    make("pouch", ["pouches"], "dinghu"),
    make("fan2", ["hand-fans"], "sihui", false),
    make("fan3", ["hand-fans"], "sihui"),
    make("frame", ["framed"], "duanzhou"),
  ];

  it("lists the same category first, then the same workshop, never the product itself, in-stock first", () => {
    expect(relatedProducts(fan, catalog).map((p) => p.id)).toEqual(["fan3", "pouch", "fan2"]);
  });

  it("stops at the limit", () => {
    expect(relatedProducts(fan, catalog, 1).map((p) => p.id)).toEqual(["fan3"]);
  });
});
