"use client";

import { type ReactNode, createContext, useContext, useMemo, useState } from "react";
import type { StockState } from "@/lib/catalog/stock";
import type { Price } from "@/lib/product-price";

/** What the browser needs to know of a variant to choose it and buy it. */
export type VariantChoice = {
  id: string;
  /** the option value(s), e.g. "竹骨" / "Bamboo ribs" */
  title: string;
  price: Price | null;
  stock: StockState;
};

type Selection = {
  variants: VariantChoice[];
  selected: VariantChoice | null;
  select: (id: string) => void;
};

const SelectionContext = createContext<Selection | null>(null);

/**
 * Holds the variant the visitor chose on a product page, for the parts that depend on it: the
 * price and add-to-cart panel, and the makers' share of the price in the makers block.
 */
export function ProductSelectionProvider({
  variants,
  initialId,
  children,
}: {
  variants: VariantChoice[];
  initialId: string | null;
  children: ReactNode;
}) {
  const [selectedId, setSelectedId] = useState(initialId);
  const value = useMemo<Selection>(
    () => ({
      variants,
      selected: variants.find((variant) => variant.id === selectedId) ?? variants[0] ?? null,
      select: setSelectedId,
    }),
    [variants, selectedId],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useSelection needs a ProductSelectionProvider above it");
  return selection;
}
