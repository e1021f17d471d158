/**
 * The tags the storefront puts on its cached backend reads, and which of them a backend event
 * makes stale. The backend's subscriber (backend/src/subscribers/storefront-revalidate.ts) posts
 * the event's name to /api/revalidate; this table decides what to drop.
 */
export const CACHE_TAGS = {
  /** product lists, product pages, search texts (prices and stock included) */
  products: "catalog:products",
  /** category names and descriptions */
  categories: "catalog:categories",
  /** regions (market → Medusa region id) */
  regions: "catalog:regions",
  /** workshops, their makers and the makers of each product (plugins/workshop) */
  workshops: "workshops",
  /** the programme's impact figures */
  impact: "impact",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

const ALL_TAGS = new Set<string>(Object.values(CACHE_TAGS));

export function isCacheTag(value: unknown): value is CacheTag {
  return typeof value === "string" && ALL_TAGS.has(value);
}

const { products, categories, regions, impact, workshops } = CACHE_TAGS;

/** Event-name prefixes (before the last dot) and the tags they make stale. */
const EVENT_TAGS: ReadonlyArray<readonly [prefix: string, tags: readonly CacheTag[]]> = [
  ["product", [products]],
  ["product-variant", [products]],
  ["product-option", [products]],
  ["product-option-value", [products]],
  ["product-category", [categories, products]],
  // Prices (price sets, price lists) change what a product costs in a region.
  ["pricing.price", [products]],
  ["pricing.price-set", [products]],
  ["pricing.price-list", [products]],
  // Stock: levels, and reservations made when an order is placed or canceled.
  ["inventory-item", [products]],
  ["inventory-level", [products]],
  ["reservation-item", [products]],
  // English texts of products and categories come from Medusa's Translation module.
  ["translation", [products, categories]],
  ["region", [regions, products]],
  // An order takes stock and credits the makers (impact figures).
  ["order", [products, impact]],
  // Workshop changes from the programme's admin: the workshop module's own CRUD events
  // (`workshop.workshop.updated` when its story, place or mama-post features change).
  ["workshop", [workshops]],
  ["workshop.workshop", [workshops]],
  // The programme's openings (/jobs, cached with the workshops) and awards (badges on products,
  // workshops and makers; the catalog's award-winning filter); both are counted on the impact page.
  ["workshop.opening", [workshops, impact]],
  ["workshop.award", [workshops, products, impact]],
];

const ACTIONS = new Set(["created", "updated", "deleted", "restored", "placed", "canceled"]);

/**
 * The cache tags an event makes stale, e.g. "product-variant.updated" → products, or null when
 * the storefront knows no such event (the route answers 400 for it).
 */
export function tagsForEvent(eventName: string): CacheTag[] | null {
  if (typeof eventName !== "string") return null;
  const dot = eventName.lastIndexOf(".");
  if (dot <= 0) return null;
  const prefix = eventName.slice(0, dot);
  const action = eventName.slice(dot + 1);
  if (!ACTIONS.has(action)) return null;
  const entry = EVENT_TAGS.find(([candidate]) => candidate === prefix);
  return entry ? [...entry[1]] : null;
}
