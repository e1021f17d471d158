// Run by redis-mode.test.ts through `medusa exec` (before the instances start): the shop's frame
// as the demo seed and the backend's checkout tests set it up (regions, tax regions, stock
// location, standard and express shipping, the sales channel and its publishable key). Written
// as JSON to the file named by REDIS_MODE_SHOP_OUT. Everything else the test needs (workshop,
// makers, product, the order) it makes over HTTP.
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { setUpCommerce } from "../../../seed/src/demo/commerce"
import { ensurePublishableKey } from "../../../seed/src/demo/publishable-key"

export default async function setUpShop({ container }: ExecArgs) {
  const out = process.env.REDIS_MODE_SHOP_OUT
  if (!out) throw new Error("REDIS_MODE_SHOP_OUT is not set")
  const setup = await setUpCommerce(container)
  const publishableKey = await ensurePublishableKey(container, setup.salesChannelId)
  fs.writeFileSync(out, JSON.stringify({ ...setup, publishableKey }))
}
