import type { CatalogProduct } from "@/lib/catalog/catalog-product";
import { ProductCard } from "./product-card";

/** On a phone the first two cards are above the fold; on a wide screen the first row of four. */
const PRIORITY_CARDS = 2;

type ProductGridProps = {
  products: CatalogProduct[];
  locale: string;
  /** the grid is the page's main content near the top: its first images get priority */
  aboveTheFold?: boolean;
  headingLevel?: "h2" | "h3";
};

export function ProductGrid({ products, locale, aboveTheFold = false, headingLevel }: ProductGridProps) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-10 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4" data-testid="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            locale={locale}
            priority={aboveTheFold && index < PRIORITY_CARDS}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
