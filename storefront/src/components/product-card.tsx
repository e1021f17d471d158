import type { HttpTypes } from "@medusajs/types";
import { Link } from "@/i18n/navigation";
import { cheapestPrice } from "@/lib/product-price";
import { ProductImage } from "./product-image";
import { ProductPrice } from "./product-price";

type ProductCardProps = {
  product: HttpTypes.StoreProduct;
  locale: string;
  /** Load the image at once (cards in the first row), instead of lazily. */
  eager: boolean;
};

export function ProductCard({ product, locale, eager }: ProductCardProps) {
  return (
    <Link
      href={`/products/${encodeURIComponent(product.handle)}`}
      data-testid="product-card"
      className="group block"
    >
      <div className="overflow-hidden rounded-sm ring-1 ring-gold-200/70 transition group-hover:ring-gold-400">
        <ProductImage src={product.thumbnail} alt={product.title} size={480} eager={eager} />
      </div>
      <h3 className="mt-4 text-base leading-snug text-ink group-hover:text-cinnabar-700">
        {product.title}
      </h3>
      <ProductPrice
        price={cheapestPrice(product.variants)}
        locale={locale}
        className="mt-1 text-sm text-gold-700"
      />
    </Link>
  );
}
