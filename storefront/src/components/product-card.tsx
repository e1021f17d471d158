import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CatalogProduct } from "@/lib/catalog/catalog-product";
import { ProductImage } from "./product-image";
import { ProductPrice } from "./product-price";

type ProductCardProps = {
  product: CatalogProduct;
  locale: string;
  /** the first cards of the page: their images load at once, with high priority */
  priority: boolean;
  /** the heading level of the card's title in the page's outline */
  headingLevel?: "h2" | "h3";
};

export const CARD_IMAGE_SIZES = "(min-width: 1152px) 260px, (min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw";

export function ProductCard({ product, locale, priority, headingLevel = "h3" }: ProductCardProps) {
  const t = useTranslations("ProductCard");
  const Heading = headingLevel;
  return (
    <Link
      href={`/products/${encodeURIComponent(product.handle)}`}
      data-testid="product-card"
      data-handle={product.handle}
      className="group block"
    >
      <div className="relative overflow-hidden rounded-sm ring-1 ring-gold-200/70 transition group-hover:ring-gold-400">
        <ProductImage src={product.thumbnail} alt={product.title} sizes={CARD_IMAGE_SIZES} priority={priority} />
        {!product.inStock && (
          <span className="absolute left-2 top-2 rounded-full bg-paper/95 px-2 py-0.5 text-xs text-ink">
            {t("soldOut")}
          </span>
        )}
      </div>
      <Heading className="mt-3 text-base leading-snug text-ink group-hover:text-cinnabar-700">{product.title}</Heading>
      {product.subtitle && <p className="mt-0.5 line-clamp-1 text-xs text-ink-muted">{product.subtitle}</p>}
      <ProductPrice
        price={product.price}
        locale={locale}
        from={product.priceVaries}
        className="mt-1 text-sm text-gold-700"
      />
    </Link>
  );
}
