import "server-only";
import type { OrderMakerShares } from "@jinxiu/workshop/domain/http";
import type { HttpTypes } from "@medusajs/types";
import { getAuthHeaders } from "../cookies";
import { getMedusaSdk } from "../medusa";

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "created_at",
  "currency_code",
  "customer_id",
  "payment_status",
  "fulfillment_status",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "item_subtotal",
  "shipping_subtotal",
  "discount_subtotal",
  "discount_total",
  "tax_total",
  "total",
].join(",");

/** An order by id (Medusa answers any order by its id, like its own confirmation page). */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  if (!/^order_[A-Za-z0-9]+$/.test(id)) return null;
  try {
    const { order } = await getMedusaSdk().store.order.retrieve(id, { fields: ORDER_FIELDS }, await getAuthHeaders());
    return order;
  } catch {
    return null;
  }
}

/** The logged-in customer's orders, newest first. */
export async function listCustomerOrders(limit = 50): Promise<HttpTypes.StoreOrder[]> {
  try {
    const { orders } = await getMedusaSdk().store.order.list(
      { limit, order: "-created_at", fields: "id,display_id,status,created_at,currency_code,total,items.quantity,payment_status,fulfillment_status" },
      await getAuthHeaders(),
    );
    return orders;
  } catch {
    return [];
  }
}

/** What the order paid its makers (the workshop plugin's GET /store/orders/:id/makers), or null. */
export async function retrieveOrderMakers(orderId: string): Promise<OrderMakerShares | null> {
  try {
    const { order_makers } = await getMedusaSdk().client.fetch<{ order_makers: OrderMakerShares }>(
      `/store/orders/${encodeURIComponent(orderId)}/makers`,
    );
    return order_makers;
  } catch {
    return null;
  }
}
