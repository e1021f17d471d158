import { describe, expect, it } from "vitest";
import { stockState } from "@/lib/catalog/stock";
import { quantityChoices } from "./quantity-choices";

describe("a cart line's quantity menu", () => {
  it("offers no more than is in stock, and says how many are left when few are", () => {
    expect(quantityChoices(1, stockState({ manage_inventory: true, inventory_quantity: 2 }))).toEqual({ max: 2, left: 2 });
    expect(quantityChoices(1, stockState({ manage_inventory: true, inventory_quantity: 6 }))).toEqual({ max: 6, left: null });
  });

  it("offers the usual ten when stock is plentiful, not counted, or not known", () => {
    expect(quantityChoices(1, stockState({ manage_inventory: true, inventory_quantity: 500 }))).toEqual({ max: 10, left: null });
    expect(quantityChoices(1, stockState({ manage_inventory: false }))).toEqual({ max: 10, left: null });
    expect(quantityChoices(1, null)).toEqual({ max: 10, left: null });
  });

  it("always offers the line's own quantity, even above what is left", () => {
    expect(quantityChoices(3, stockState({ manage_inventory: true, inventory_quantity: 2 }))).toEqual({ max: 3, left: 2 });
    expect(quantityChoices(12, null)).toEqual({ max: 12, left: null });
  });
});
