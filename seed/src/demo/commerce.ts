import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Jinxiu Online Shop"
export const STOCK_LOCATION_NAME = "Zhaoqing Warehouse"
export const CHINA_COUNTRIES = ["cn"]
export const INTERNATIONAL_COUNTRIES = ["hk", "mo", "sg", "my", "jp", "kr", "au", "nz", "us", "ca", "gb", "de", "fr", "nl", "it", "es"]
export const LOCALES = ["zh-CN", "en-US"]

export type CommerceSetup = {
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  regions: { china: string; international: string }
}

/**
 * The shop's frame: store currencies and locales, a sales channel with its publishable key,
 * the China (CNY) and International (USD) regions with tax regions, a stock location and
 * standard/express shipping for both regions. Each piece is looked up first and only created
 * when missing, so running it twice changes nothing.
 */
export async function setUpCommerce(container: MedusaContainer): Promise<CommerceSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const storeService = container.resolve(Modules.STORE)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)

  // Sales channel
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "金繡 online shop" }] },
    })
    salesChannel = result[0]
  }

  // Store: CNY first, USD for abroad; Chinese and English.
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  const hasCurrencies =
    store.supported_currencies?.some((c) => c.currency_code === "cny" && c.is_default) &&
    store.supported_currencies?.some((c) => c.currency_code === "usd")
  const hasLocales = LOCALES.every((code) => store.supported_locales?.some((l) => l.locale_code === code))
  if (!hasCurrencies || !hasLocales || store.default_sales_channel_id !== salesChannel.id || store.name !== "金繡 Jinxiu") {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "金繡 Jinxiu",
          supported_currencies: [
            { currency_code: "cny", is_default: true },
            { currency_code: "usd" },
          ],
          supported_locales: LOCALES.map((locale_code) => ({ locale_code })),
          default_sales_channel_id: salesChannel.id,
        },
      },
    })
  }

  // Regions
  const regionIds: Record<string, string> = {}
  const wanted = [
    { key: "china", name: "中国 China", currency_code: "cny", countries: CHINA_COUNTRIES },
    { key: "international", name: "International", currency_code: "usd", countries: INTERNATIONAL_COUNTRIES },
  ]
  for (const region of wanted) {
    const [existing] = await regionService.listRegions({ name: region.name })
    if (existing) {
      regionIds[region.key] = existing.id
      continue
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: region.name,
            currency_code: region.currency_code,
            countries: region.countries,
            // The manual provider always; Stripe (pp_stripe_stripe) too when the backend's payment
            // module is configured with it (backend/src/config/payment.ts, when STRIPE_API_KEY is set).
            payment_providers: [
              "pp_system_default",
              ...((
                container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).modules?.[Modules.PAYMENT] as
                  | { options?: { providers?: { id?: string }[] } }
                  | undefined
              )?.options?.providers?.some((provider) => provider.id === "stripe")
                ? ["pp_stripe_stripe"]
                : []),
            ],
            automatic_taxes: true,
            is_tax_inclusive: region.currency_code === "cny",
          },
        ],
      },
    })
    regionIds[region.key] = result[0].id
  }
  if (store.default_region_id !== regionIds.china) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { default_region_id: regionIds.china } },
    })
  }

  // Tax regions (rates are set per country by the shop's staff; system provider)
  const allCountries = [...CHINA_COUNTRIES, ...INTERNATIONAL_COUNTRIES]
  const existingTax = await taxService.listTaxRegions({ country_code: allCountries })
  const missingTax = allCountries.filter((c) => !existingTax.some((t) => t.country_code === c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  // Stock location, linked to the manual fulfillment provider and the sales channel
  let [location] = await stockLocationService.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: { city: "Zhaoqing", country_code: "cn", province: "Guangdong", address_1: "端州区 金绣基地" },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }

  // Shipping profile
  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  // Fulfillment set with a zone per region, and standard / express options in each
  const setName = "Jinxiu delivery"
  let [fulfillmentSet] = await fulfillmentService.listFulfillmentSets({ name: setName }, { relations: ["service_zones"] })
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentService.createFulfillmentSets({
      name: setName,
      type: "shipping",
      service_zones: [
        { name: "China", geo_zones: CHINA_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
        { name: "International", geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    const zone = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!.id
    const option = (name: string, code: string, label: string, zoneName: string, prices: ({ currency_code: string; amount: number } | { region_id: string; amount: number })[]) => ({
      name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zone(zoneName),
      shipping_profile_id: profile.id,
      type: { label, description: label, code },
      prices,
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        option("标准快递 Standard", "standard", "3-5 days", "China", [{ currency_code: "cny", amount: 12 }, { region_id: regionIds.china, amount: 12 }]),
        option("顺丰特快 Express", "express", "1-2 days", "China", [{ currency_code: "cny", amount: 25 }, { region_id: regionIds.china, amount: 25 }]),
        option("International Standard", "intl-standard", "7-14 days", "International", [{ currency_code: "usd", amount: 15 }, { region_id: regionIds.international, amount: 15 }]),
        option("International Express", "intl-express", "3-5 days", "International", [{ currency_code: "usd", amount: 35 }, { region_id: regionIds.international, amount: 35 }]),
      ],
    })
  }

  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { id: location.id } })
  logger.info(`Commerce set up: sales channel ${salesChannel.id}, stock location ${locations[0].id}`)
  return {
    salesChannelId: salesChannel.id,
    stockLocationId: location.id,
    shippingProfileId: profile.id,
    regions: { china: regionIds.china, international: regionIds.international },
  }
}
