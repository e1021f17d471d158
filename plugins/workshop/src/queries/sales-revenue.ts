import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

/**
 * Online sales revenue in CNY: items after discounts, without tax and shipping, of every order
 * that wasn't canceled, converted with `toCny`. The denominator of "share of sales paid to makers".
 */
export async function salesRevenueCny(
  container: MedusaContainer,
  toCny: (amount: string, currency: string) => string
): Promise<ReturnType<typeof MathBN.convert>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "item_subtotal", "discount_total"],
    filters: { status: { $nin: ["canceled", "draft"] } },
  })
  let revenue = MathBN.convert(0)
  for (const o of orders as { currency_code: string; item_subtotal: unknown; discount_total: unknown }[]) {
    const net = MathBN.sub(MathBN.convert(o.item_subtotal as never), MathBN.convert((o.discount_total ?? 0) as never))
    revenue = MathBN.add(revenue, toCny(net.toFixed(), o.currency_code))
  }
  return revenue
}
