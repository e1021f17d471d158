import "server-only";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { cachedStoreGet } from "./cached-store";

/** GET /store/impact: the programme's figures from the ledger (no personal data). Money in CNY. */
export type ImpactFigures = {
  currency_code: string;
  active_artisans: number;
  workshops: number;
  /** decimal string, CNY */
  total_paid_out: string;
  /** decimal string, CNY: the median of this year's monthly net per woman; null before any */
  median_monthly_earnings: string | null;
  sale_shares_total: string;
  sales_revenue: string;
  /** 0–1, or null before the first online sale */
  share_of_sales_to_makers: number | null;
};

/**
 * The impact figures. Live enough: cached for a minute (the backend says max-age=60), and dropped
 * at once when an order is placed or canceled (tag impact).
 */
export const getImpact = cache(async (): Promise<ImpactFigures> => {
  const { impact } = await cachedStoreGet<{ impact: ImpactFigures }>("/store/impact", {}, {
    tags: [CACHE_TAGS.impact],
    revalidate: 60,
  });
  return impact;
});
