import type { HttpTypes } from "@medusajs/types";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntlProvider } from "@/i18n/client";
import { getMessages, getTranslations } from "next-intl/server";
import { AwardBadges } from "@/components/awards/award-badges";
import { JsonLd } from "@/components/json-ld";
import { MakersBlock } from "@/components/product/makers-block";
import { ProductGallery } from "@/components/product/product-gallery";
import { GALLERY_MAIN_SIZES, GALLERY_MAIN_WIDTHS, GALLERY_THUMB_SIZES, GALLERY_THUMB_WIDTHS, optimizedImage } from "@/lib/catalog/optimized-image";
import { PurchasePanel } from "@/components/product/purchase-panel";
import { ProductSelectionProvider, type VariantChoice } from "@/components/product/selection";
import { ProductGrid } from "@/components/product-grid";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { relatedProducts } from "@/lib/catalog/catalog-product";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { localizedPath, siteUrl } from "@/lib/catalog/seo";
import { shopParams } from "@/lib/catalog/shop-params";
import { isPurchasable, stockState } from "@/lib/catalog/stock";
import { listAwards } from "@/lib/data/awards";
import { getProductMakers } from "@/lib/data/makers";
import { getProductByHandle, listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";
import { variantPrice } from "@/lib/product-price";

type Props = PageProps<"/[locale]/[market]/products/[handle]">;

// No product is rendered at build time (the backend isn't running then): each is rendered on its
// first request, then served from the cache until the backend announces a change.
export function generateStaticParams() {
  return [];
}

/** The product for this URL, or null for an unknown handle (calls are shared with the page). */
async function loadProduct(params: Props["params"]) {
  const { locale, market, handle } = await shopParams(params);
  const region = await getMarketRegion(market);
  const product = await getProductByHandle(handle, locale, region.id);
  return { locale, market, region, product };
}

function imagesOf(product: HttpTypes.StoreProduct): string[] {
  const urls = (product.images ?? []).map((image) => image.url).filter(Boolean);
  if (urls.length) return urls;
  return product.thumbnail ? [product.thumbnail] : [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A missing product gets no metadata here: the page's notFound() renders the localized 404.
  const { locale, product } = await loadProduct(params);
  if (!product) return {};
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const image = imagesOf(product)[0];
  return pageMetadata({
    locale,
    path: `/products/${product.handle}`,
    title: product.title,
    description: product.subtitle ? `${product.subtitle}. ${product.description ?? ""}` : (product.description ?? product.title),
    siteName: meta("title"),
    images: image ? [{ url: image, width: 1200, height: 1200, alt: product.title }] : undefined,
  });
}

function variantChoices(product: HttpTypes.StoreProduct): VariantChoice[] {
  return (product.variants ?? []).map((variant) => ({
    id: variant.id,
    title:
      variant.title ||
      (variant.options ?? []).map((option) => option.value).filter(Boolean).join(" / ") ||
      product.title,
    price: variantPrice(variant),
    stock: stockState(variant),
  }));
}

export default async function ProductPage({ params }: Props) {
  const { locale, region, product } = await loadProduct(params);
  if (!product) notFound();

  const [t, makers, catalog, messages, awards] = await Promise.all([
    getTranslations({ locale, namespace: "Product" }),
    getProductMakers(product.id),
    listCatalog(locale, region.id),
    getMessages({ locale }),
    listAwards("product", product.id),
  ]);
  const variants = variantChoices(product);
  const initial = (product.variants ?? []).find((variant) => isPurchasable(variant)) ?? product.variants?.[0];
  const images = imagesOf(product).map((url, index) => ({
    url,
    alt: index === 0 ? product.title : t("photoAlt", { title: product.title, number: index + 1 }),
    main: optimizedImage(url, GALLERY_MAIN_SIZES, { priority: index === 0, widths: GALLERY_MAIN_WIDTHS }),
    thumb: optimizedImage(url, GALLERY_THUMB_SIZES, { widths: GALLERY_THUMB_WIDTHS }),
  }));
  const category = product.categories?.[0];
  const optionTitle = product.options?.length === 1 ? (product.options[0].title ?? null) : null;
  const self = catalog.find((candidate) => candidate.id === product.id);
  const related = self ? relatedProducts(self, catalog, 4) : [];

  return (
    <IntlProvider
      locale={locale}
      messages={{
        ProductPurchase: messages.ProductPurchase,
        MakersShare: messages.MakersShare,
        ProductGallery: messages.ProductGallery,
      }}
    >
      <ProductJsonLd product={product} variants={variants} locale={locale} images={images.map((image) => image.url)} />
      <ProductSelectionProvider variants={variants} initialId={initial?.id ?? null}>
        <article className="py-8 md:py-14" data-testid="product-page" data-product-id={product.id}>
          <div className="grid gap-10 md:grid-cols-2 md:gap-14">
            <ProductGallery images={images} title={product.title} />

            <div>
              <nav aria-label={t("breadcrumbLabel")} className="text-sm text-ink-muted">
                <ol className="flex flex-wrap gap-2">
                  <li>
                    <Link href="/store" className="hover:text-cinnabar-700">
                      {t("allProducts")}
                    </Link>
                  </li>
                  {category?.handle && (
                    <>
                      <li aria-hidden="true">/</li>
                      <li>
                        <Link href={`/categories/${category.handle}`} className="hover:text-cinnabar-700">
                          {category.name}
                        </Link>
                      </li>
                    </>
                  )}
                </ol>
              </nav>
              <h1 className="mt-3 text-2xl font-semibold leading-snug tracking-wide text-ink sm:text-3xl">{product.title}</h1>
              {product.subtitle && <p className="mt-2 text-ink-muted">{product.subtitle}</p>}
              <AwardBadges awards={awards} locale={locale} className="mt-3" />

              <PurchasePanel optionTitle={optionTitle} />

              <p className="mt-6 text-sm">
                <a href="#makers" className="text-cinnabar-700 underline underline-offset-4">
                  {t("whoMadeIt")}
                </a>
              </p>

              <hr className="stitch-rule my-8 w-24" />
              {product.description && <p className="whitespace-pre-line text-ink">{product.description}</p>}
              {product.material && (
                <dl className="mt-6 text-sm">
                  <dt className="text-gold-700">{t("material")}</dt>
                  <dd className="text-ink">{product.material}</dd>
                </dl>
              )}
            </div>
          </div>

          <MakersBlock makers={makers} locale={locale} />
        </article>
      </ProductSelectionProvider>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-8">
          <h2 id="related-heading" className="mb-6 text-lg font-medium tracking-widest text-gold-700">
            {t("related")}
          </h2>
          <ProductGrid products={related} locale={locale} />
        </section>
      )}
    </IntlProvider>
  );
}

/** schema.org Product data for search engines: name, images, and each version's offer. */
function ProductJsonLd({
  product,
  variants,
  locale,
  images,
}: {
  product: HttpTypes.StoreProduct;
  variants: VariantChoice[];
  locale: AppLocale;
  images: string[];
}) {
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "Product",
        name: product.title,
        description: product.description ?? undefined,
        image: images,
        url: new URL(localizedPath(locale, `/products/${product.handle}`), siteUrl(process.env)).href,
        material: product.material ?? undefined,
        offers: variants.flatMap((variant) =>
          variant.price
            ? [
                {
                  "@type": "Offer",
                  name: variant.title,
                  price: variant.price.amount,
                  priceCurrency: variant.price.currencyCode.toUpperCase(),
                  availability:
                    variant.stock.status === "out_of_stock" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
                },
              ]
            : [],
        ),
      }}
    />
  );
}
