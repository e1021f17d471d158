import { compareMoney, isFenAmount, roundMoney } from "@jinxiu/workshop/domain/money";

/**
 * The catalog's list state (sort, filters, page) as it lives in the URL's search params, and the
 * pure functions that read it, write it back, and apply it to the products of a market.
 * Nothing here touches the network, so catalog pages can read products from the cache and do the
 * rest in memory.
 */

export const SORT_KEYS = ["newest", "price_asc", "price_desc"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = "newest";
export const PAGE_SIZE = 12;
/** Handles are lower-case words joined by dashes (Medusa's handles, our workshops' handles). */
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PRICE = 1_000_000;

export type CatalogQuery = {
  sort: SortKey;
  /** a category handle */
  category?: string;
  /** a workshop handle */
  workshop?: string;
  /** lowest price, in major units of the market's currency (inclusive) */
  minPrice?: number;
  /** highest price, in major units of the market's currency (inclusive) */
  maxPrice?: number;
  /** only pieces that won a contest award (`?awarded=1`) */
  awarded?: boolean;
  /** 1-based */
  page: number;
};

/** A value in the URL that was not understood and was left out, with the reason. */
export type QueryProblem = {
  field: "sort" | "category" | "workshop" | "min" | "max" | "page" | "awarded";
  /** unknown_value: well-formed, but no such category or workshop (found out by the page) */
  reason: "unknown_sort" | "invalid_handle" | "unknown_value" | "not_a_price" | "min_above_max" | "not_a_page" | "not_a_choice";
  value: string;
};

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePrice(raw: string): number | null {
  if (!isFenAmount(raw) || compareMoney(raw, MAX_PRICE) > 0) return null;
  return Number(roundMoney(raw));
}

/**
 * Reads the list state from search params. Anything not understood is left out (the page still
 * shows products) and reported as a problem, so the page can say which value was ignored and why.
 */
export function parseCatalogQuery(params: SearchParamsRecord): { query: CatalogQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const query: CatalogQuery = { sort: DEFAULT_SORT, page: 1 };

  const sort = first(params.sort);
  if (sort !== undefined) {
    if ((SORT_KEYS as readonly string[]).includes(sort)) query.sort = sort as SortKey;
    else problems.push({ field: "sort", reason: "unknown_sort", value: sort });
  }

  for (const field of ["category", "workshop"] as const) {
    const value = first(params[field]);
    if (value === undefined) continue;
    if (HANDLE.test(value)) query[field] = value;
    else problems.push({ field, reason: "invalid_handle", value });
  }

  for (const [field, key] of [["min", "minPrice"], ["max", "maxPrice"]] as const) {
    const value = first(params[field]);
    if (value === undefined) continue;
    const price = parsePrice(value);
    if (price === null) problems.push({ field, reason: "not_a_price", value });
    else query[key] = price;
  }
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
    problems.push({ field: "min", reason: "min_above_max", value: String(query.minPrice) });
    delete query.minPrice;
    delete query.maxPrice;
  }

  const awarded = first(params.awarded);
  if (awarded !== undefined) {
    if (awarded === "1" || awarded === "true") query.awarded = true;
    else if (awarded !== "0" && awarded !== "false") problems.push({ field: "awarded", reason: "not_a_choice", value: awarded.slice(0, 40) });
  }

  const page = first(params.page);
  if (page !== undefined) {
    if (/^[1-9]\d{0,5}$/.test(page)) query.page = Number(page);
    else problems.push({ field: "page", reason: "not_a_page", value: page });
  }

  return { query, problems };
}

/**
 * The search-params string ("?sort=price_asc&page=2", or "" when everything is default) for a
 * list state, with `changes` applied. Changing anything but the page goes back to page 1.
 * `omit` leaves out fields fixed by the page itself (the category of a category page).
 */
export function catalogHref(
  query: CatalogQuery,
  changes: Partial<CatalogQuery> = {},
  omit: ReadonlyArray<"category" | "workshop"> = [],
): string {
  const changesPage = "page" in changes;
  const next: CatalogQuery = { ...query, ...changes };
  if (!changesPage && Object.keys(changes).length > 0) next.page = 1;

  const params = new URLSearchParams();
  if (next.sort !== DEFAULT_SORT) params.set("sort", next.sort);
  if (next.category && !omit.includes("category")) params.set("category", next.category);
  if (next.workshop && !omit.includes("workshop")) params.set("workshop", next.workshop);
  if (next.minPrice !== undefined) params.set("min", String(next.minPrice));
  if (next.maxPrice !== undefined) params.set("max", String(next.maxPrice));
  if (next.awarded) params.set("awarded", "1");
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** What the list needs of a product to filter and sort it. */
export type ListableProduct = {
  id: string;
  created_at?: string | Date | null;
  categoryHandles: readonly string[];
  /** the cheapest variant's price in the market (major units), or null when it has none */
  fromPrice: number | null;
};

export type CatalogPage<T> = {
  items: T[];
  /** products matching the filters, on all pages */
  total: number;
  /** the page shown (clamped to the last page) */
  page: number;
  pageCount: number;
};

function createdTime(product: ListableProduct): number {
  const value = product.created_at ? new Date(product.created_at).getTime() : 0;
  return Number.isFinite(value) ? value : 0;
}

/** Newest first; products created at the same moment in a stable order (id, descending). */
function compareNewest(a: ListableProduct, b: ListableProduct): number {
  return createdTime(b) - createdTime(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** By price; products without a price in this market always come last. */
function compareByPrice(direction: 1 | -1) {
  return (a: ListableProduct, b: ListableProduct): number => {
    if (a.fromPrice === null || b.fromPrice === null) {
      if (a.fromPrice === b.fromPrice) return compareNewest(a, b);
      return a.fromPrice === null ? 1 : -1;
    }
    return (a.fromPrice - b.fromPrice) * direction || compareNewest(a, b);
  };
}

export function sortProducts<T extends ListableProduct>(products: readonly T[], sort: SortKey): T[] {
  const compare = sort === "price_asc" ? compareByPrice(1) : sort === "price_desc" ? compareByPrice(-1) : compareNewest;
  return [...products].sort(compare);
}

/**
 * Filters, sorts and paginates. `workshopProductIds` are the products made in the chosen
 * workshop (GET /store/workshops/:handle → product_ids); pass it whenever `query.workshop` is set.
 * `awardedProductIds` are the products with a contest award (GET /store/awards); pass it
 * whenever `query.awarded` is set.
 */
export function applyCatalogQuery<T extends ListableProduct>(
  products: readonly T[],
  query: CatalogQuery,
  workshopProductIds?: ReadonlySet<string>,
  pageSize = PAGE_SIZE,
  awardedProductIds?: ReadonlySet<string>,
): CatalogPage<T> {
  const filtered = products.filter((product) => {
    if (query.category && !product.categoryHandles.includes(query.category)) return false;
    if (query.workshop && !workshopProductIds?.has(product.id)) return false;
    if (query.awarded && !awardedProductIds?.has(product.id)) return false;
    if (query.minPrice !== undefined || query.maxPrice !== undefined) {
      if (product.fromPrice === null) return false;
      if (query.minPrice !== undefined && product.fromPrice < query.minPrice) return false;
      if (query.maxPrice !== undefined && product.fromPrice > query.maxPrice) return false;
    }
    return true;
  });
  return paginate(sortProducts(filtered, query.sort), query.page, pageSize);
}

/** One page of an ordered list; a page past the end shows the last page. */
export function paginate<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): CatalogPage<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return {
    items: items.slice((shown - 1) * pageSize, shown * pageSize),
    total: items.length,
    page: shown,
    pageCount,
  };
}

/**
 * The page numbers a pager shows: always the first and last, the current one and its
 * neighbours, and null where numbers are left out ("1 … 4 5 6 … 10").
 */
export function pagerItems(page: number, pageCount: number): Array<number | null> {
  if (pageCount <= 7) return Array.from({ length: pageCount }, (_, index) => index + 1);
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  const items: Array<number | null> = [];
  for (const number of sorted) {
    const previous = items[items.length - 1];
    if (typeof previous === "number" && number - previous > 1) items.push(null);
    items.push(number);
  }
  return items;
}
