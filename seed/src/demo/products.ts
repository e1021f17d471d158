import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { renderProductImages } from "../images"
import { CATEGORIES, PRODUCTS, type ProductSeed } from "./catalog"
import type { CommerceSetup } from "./commerce"

const EN = "en-US"

/** Categories, then every catalog product that doesn't exist yet, with images, stock and English. */
export async function loadProducts(container: MedusaContainer, setup: CommerceSetup) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productService = container.resolve(Modules.PRODUCT)
  const translationService = container.resolve(Modules.TRANSLATION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // Categories
  const existingCategories = await productService.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const missingCategories = CATEGORIES.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c) => ({
          handle: c.handle,
          name: c.name.zh,
          description: c.description.zh,
          is_active: true,
          is_internal: false,
        })),
      },
    })
    await translationService.createTranslations(
      result.map((category) => {
        const seed = CATEGORIES.find((c) => c.handle === category.handle)!
        return {
          reference: "product_category",
          reference_id: category.id,
          locale_code: EN,
          translations: { name: seed.name.en, description: seed.description.en },
        }
      })
    )
    existingCategories.push(...result)
  }
  const categoryId = (handle: string) => existingCategories.find((c) => c.handle === handle)!.id

  // Products
  const existingProducts = await productService.listProducts({ handle: PRODUCTS.map((p) => p.handle) })
  const missing = PRODUCTS.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  if (!missing.length) {
    logger.info("Catalog already loaded")
    return
  }

  const images = new Map<string, { url: string }[]>()
  // Pictures are drawn two products at a time (each draws its two views at once: four encodes on
  // the go, enough to keep two cores busy) and uploaded in the catalog's order.
  const drawing = new Map<string, Promise<Awaited<ReturnType<typeof renderProductImages>>>>()
  const draw = (index: number) => {
    const product = missing[index]
    if (!product || drawing.has(product.handle)) return
    const pictures = renderProductImages(product.handle, product.design)
    pictures.catch(() => {}) // a failure is thrown where the pictures are awaited, not as an unhandled rejection
    drawing.set(product.handle, pictures)
  }
  draw(0)
  for (const [index, product] of missing.entries()) {
    draw(index + 1)
    const rendered = await drawing.get(product.handle)!
    drawing.delete(product.handle)
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: rendered.map((image) => ({
          filename: image.filename,
          mimeType: image.mimeType,
          content: image.buffer.toString("base64"),
          access: "public" as const,
        })),
      },
    })
    images.set(product.handle, result.map((file) => ({ url: file.url })))
  }

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => toProductInput(product, images.get(product.handle)!, categoryId(product.category), setup)),
    },
  })

  // Stock at the warehouse
  const skus = missing.flatMap((p) => p.variants.map((v) => v.sku))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: skus },
  })
  const stockBySku = new Map(missing.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        location_id: setup.stockLocationId,
        inventory_item_id: item.id,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })

  // English for products, variants and options (Chinese is the base language)
  const { data: withChildren } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku", "options.id", "options.values.id", "options.values.value"],
    filters: { id: created.map((p) => p.id) },
  })
  const translations = withChildren.flatMap((product) => {
    const seed = PRODUCTS.find((p) => p.handle === product.handle)!
    const option = product.options[0]
    return [
      {
        reference: "product",
        reference_id: product.id,
        locale_code: EN,
        translations: {
          title: seed.title.en,
          subtitle: seed.subtitle.en,
          description: seed.description.en,
          material: seed.material.en,
        },
      },
      { reference: "product_option", reference_id: option.id, locale_code: EN, translations: { title: seed.option.en } },
      ...option.values.map((value) => ({
        reference: "product_option_value",
        reference_id: value.id,
        locale_code: EN,
        translations: { value: seed.variants.find((v) => v.value.zh === value.value)!.value.en },
      })),
      ...product.variants.map((variant) => ({
        reference: "product_variant",
        reference_id: variant.id,
        locale_code: EN,
        translations: { title: seed.variants.find((v) => v.sku === variant.sku)!.value.en },
      })),
    ]
  })
  await translationService.createTranslations(translations)
  logger.info(`Loaded ${created.length} products with images, stock and English translations`)
}

function toProductInput(product: ProductSeed, images: { url: string }[], categoryId: string, setup: CommerceSetup) {
  return {
    title: product.title.zh,
    subtitle: product.subtitle.zh,
    handle: product.handle,
    description: product.description.zh,
    material: product.material.zh,
    status: ProductStatus.PUBLISHED,
    category_ids: [categoryId],
    shipping_profile_id: setup.shippingProfileId,
    thumbnail: images[0].url,
    images,
    metadata: { workshop_handle: product.workshop },
    options: [{ title: product.option.zh, values: product.variants.map((v) => v.value.zh) }],
    variants: product.variants.map((variant) => ({
      title: variant.value.zh,
      sku: variant.sku,
      manage_inventory: true,
      options: { [product.option.zh]: variant.value.zh },
      prices: [
        { amount: variant.cny, currency_code: "cny" },
        { amount: variant.usd, currency_code: "usd" },
      ],
    })),
    sales_channels: [{ id: setup.salesChannelId }],
  }
}
