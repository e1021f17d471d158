import "server-only";
import type { ImpactFigures } from "@jinxiu/workshop/domain/http";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { cachedStoreGet } from "./cached-store";

/**
 * The programme's figures from the ledger (GET /store/impact, no personal data). Live enough:
 * cached for a minute (the backend says max-age=60), and dropped at once when an order is placed
 * or canceled (tag impact).
 */
export const getImpact = cache(async (): Promise<ImpactFigures> => {
  const { impact } = await cachedStoreGet<{ impact: ImpactFigures }>("/store/impact", {}, {
    tags: [CACHE_TAGS.impact],
    revalidate: 60,
  });
  return impact;
});
