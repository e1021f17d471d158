import { refundPortions } from "../steps/reverse-sale-shares"

const order = {
  id: "order_1",
  display_id: 1,
  status: "completed",
  lines: [
    { line_item_id: "li_fan", product_id: "prod_fan", base_amount: "300.00", currency_code: "cny", quantity: 3 },
    { line_item_id: "li_pouch", product_id: "prod_pouch", base_amount: "100.00", currency_code: "cny", quantity: 1 },
  ],
}

describe("what a refund takes back of an order's sale shares", () => {
  it("takes the refunded quantity of each line it names, and nothing of the others", () => {
    expect(refundPortions(order, { amount: "100.00", order_total: "400.00", line_items: [{ line_item_id: "li_fan", quantity: 1 }] })).toEqual({
      line_item_ids: ["li_fan"],
      portions: { li_fan: { part: "1", whole: "3" } },
    })
  })

  it("never more than the line's quantity, and ignores lines the order doesn't have", () => {
    const named = refundPortions(order, {
      amount: "400.00",
      order_total: "400.00",
      line_items: [{ line_item_id: "li_pouch", quantity: 5 }, { line_item_id: "li_other", quantity: 1 }],
    })
    expect(named).toEqual({ line_item_ids: ["li_pouch"], portions: { li_pouch: { part: "1", whole: "1" } } })
  })

  it("spreads a refund that names no lines over every line, by its part of the order total", () => {
    expect(refundPortions(order, { amount: "100.00", order_total: "400.00" })).toEqual({
      line_item_ids: ["li_fan", "li_pouch"],
      portions: { li_fan: { part: "100.00", whole: "400.00" }, li_pouch: { part: "100.00", whole: "400.00" } },
    })
    expect(refundPortions(order, { amount: "100.00", order_total: "400.00", line_items: [] }).line_item_ids).toEqual(["li_fan", "li_pouch"])
  })
})
