import type { HttpTypes } from "@medusajs/types";
import { ProductCard } from "./product-card";

/** The most columns the grid shows (lg); cards in that first row load their images eagerly. */
const MAX_COLUMNS = 4;

type ProductGridProps = {
  products: HttpTypes.StoreProduct[];
  locale: string;
};

export function ProductGrid({ products, locale }: ProductGridProps) {
  return (
    <ul className="grid grid-cols-2 gap-x-6 gap-y-12 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} eager={index < MAX_COLUMNS} />
        </li>
      ))}
    </ul>
  );
}
