import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ProductImage } from "@/components/product-image";
import { ProductPrice } from "@/components/product-price";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { getProductByHandle } from "@/lib/data/products";
import { getShopRegion } from "@/lib/data/regions";
import { formatMoney } from "@/lib/money";
import { cheapestPrice, variantPrice } from "@/lib/product-price";

// Reads the backend on each request (it isn't running at build time). To be cached later.
export const dynamic = "force-dynamic";

type Params = PageProps<"/[locale]/products/[handle]">["params"];

/**
 * The product for this URL, or null for an unknown handle. The backend calls are cached per
 * request, so metadata and page share them.
 */
async function loadProduct(params: Params) {
  const { locale, handle } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const region = await getShopRegion();
  const product = await getProductByHandle(handle, locale, region.id);
  return { locale, product };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/products/[handle]">): Promise<Metadata> {
  // A missing product gets no metadata here: the page's notFound() renders the localized 404
  // (notFound() thrown from metadata would skip it and send a bare error shell).
  const { product } = await loadProduct(params);
  if (!product) return {};
  return {
    title: product.title,
    description: product.subtitle ?? product.description ?? undefined,
  };
}

export default async function ProductPage({ params }: PageProps<"/[locale]/products/[handle]">) {
  const { locale, product } = await loadProduct(params);
  if (!product) notFound();
  const t = await getTranslations({ locale, namespace: "Product" });

  const images = product.images?.length
    ? product.images.map((image) => image.url)
    : product.thumbnail
      ? [product.thumbnail]
      : [];
  const [mainImage, ...moreImages] = images;
  const variants = product.variants ?? [];

  return (
    <article className="grid gap-12 py-12 md:grid-cols-2 md:gap-16 md:py-16">
      <div className="space-y-4">
        <div className="overflow-hidden rounded-sm ring-1 ring-gold-200/70">
          <ProductImage src={mainImage} alt={product.title} size={720} eager />
        </div>
        {moreImages.length > 0 && (
          <ul className="grid grid-cols-4 gap-3">
            {moreImages.map((url) => (
              <li key={url} className="overflow-hidden rounded-sm ring-1 ring-gold-200/70">
                <ProductImage src={url} alt={product.title} size={160} />
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h1 className="text-2xl font-semibold leading-snug tracking-wide text-ink sm:text-3xl">
          {product.title}
        </h1>
        <ProductPrice
          price={cheapestPrice(variants)}
          locale={locale}
          className="mt-4 text-xl text-cinnabar-700"
        />
        <hr className="stitch-rule my-8 w-24" />
        {product.description && (
          <p className="whitespace-pre-line text-ink-muted">{product.description}</p>
        )}

        {variants.length > 0 && (
          <section aria-labelledby="variants-heading" className="mt-10">
            <h2 id="variants-heading" className="text-sm font-medium tracking-widest text-gold-700">
              {t("variantsHeading")}
            </h2>
            <ul className="mt-4 divide-y divide-gold-200/70 border-y border-gold-200/70">
              {variants.map((variant) => (
                <VariantRow
                  key={variant.id}
                  title={variant.title ?? product.title}
                  price={variantPrice(variant)}
                  locale={locale}
                  priceUnavailable={t("priceUnavailable")}
                />
              ))}
            </ul>
          </section>
        )}

        <Link
          href="/"
          className="mt-12 inline-block text-sm text-cinnabar-700 underline-offset-4 hover:underline"
        >
          {t("backToShop")}
        </Link>
      </div>
    </article>
  );
}

type VariantRowProps = {
  title: string;
  price: ReturnType<typeof variantPrice>;
  locale: AppLocale;
  priceUnavailable: string;
};

function VariantRow({ title, price, locale, priceUnavailable }: VariantRowProps) {
  return (
    <li className="flex items-baseline justify-between gap-4 py-3">
      <span>{title}</span>
      <span className="text-sm text-ink-muted">
        {price ? formatMoney(price.amount, price.currencyCode, locale) : priceUnavailable}
      </span>
    </li>
  );
}
