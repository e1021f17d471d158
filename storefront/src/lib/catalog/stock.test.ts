import { describe, expect, it } from "vitest";
import { MAX_QUANTITY, isPurchasable, stockState } from "./stock";

describe("stockState", () => {
  it("is out of stock when a managed variant has nothing left", () => {
    expect(stockState({ manage_inventory: true, allow_backorder: false, inventory_quantity: 0 })).toEqual({
      status: "out_of_stock",
      maxQuantity: 0,
    });
    expect(isPurchasable({ manage_inventory: true, inventory_quantity: 0 })).toBe(false);
  });

  it("treats a missing or negative quantity of a managed variant as none left", () => {
    expect(stockState({ manage_inventory: true }).status).toBe("out_of_stock");
    expect(stockState({ manage_inventory: true, inventory_quantity: -2 }).status).toBe("out_of_stock");
  });

  it("says how many are left when few are", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 2 })).toEqual({ status: "low_stock", maxQuantity: 2, left: 2 });
  });

  it("caps the quantity at the stock, and at the cart's maximum", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 8 })).toEqual({ status: "in_stock", maxQuantity: 8 });
    expect(stockState({ manage_inventory: true, inventory_quantity: 500 }).maxQuantity).toBe(MAX_QUANTITY);
  });

  it("is always in stock when inventory isn't managed or backorders are allowed", () => {
    expect(stockState({ manage_inventory: false, inventory_quantity: 0 }).status).toBe("in_stock");
    expect(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }).status).toBe("in_stock");
  });
});
