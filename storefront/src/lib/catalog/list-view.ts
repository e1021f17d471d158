import type { SearchParamsRecord } from "./query";

/**
 * The catalog lists (/store, /categories/<handle>) are cached pages like the product page: the
 * proxy turns their query (sort, filters, page) into one path segment, so each list view is its
 * own page in Next's cache, rendered once and dropped with the catalog's cache tags, instead of a
 * page rendered per request because it reads searchParams.
 *
 * The segment is the canonical query (known keys only, in a fixed order, first value of each,
 * trimmed and cut to a bounded length) in base64url, or "all" for no query: the same list always
 * gets the same segment, and no value can break the path or grow it without bound.
 */

/** The list's query keys, in the segment's order; every other parameter is left out. */
export const CATALOG_VIEW_KEYS = ["category", "workshop", "min", "max", "awarded", "sort", "page"] as const;
/** Longer values are cut (no valid handle, price or page is this long; the page reports them). */
export const MAX_VIEW_VALUE_LENGTH = 64;
export const ALL_VIEW = "all";

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  try {
    const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The path segment for a list's query string (`?sort=price_asc&page=2`). */
export function catalogViewSegment(search: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const key of CATALOG_VIEW_KEYS) {
    const value = search.get(key)?.trim();
    if (value) canonical.set(key, value.slice(0, MAX_VIEW_VALUE_LENGTH));
  }
  const text = canonical.toString();
  return text ? toBase64Url(text) : ALL_VIEW;
}

/** The list's query back from its segment; anything that isn't a segment we wrote reads as no query. */
export function catalogViewQuery(segment: string): SearchParamsRecord {
  if (segment === ALL_VIEW) return {};
  const text = fromBase64Url(segment);
  if (text === null) return {};
  const params = new URLSearchParams(text);
  const record: SearchParamsRecord = {};
  for (const key of CATALOG_VIEW_KEYS) {
    const value = params.get(key);
    if (value !== null) record[key] = value.slice(0, MAX_VIEW_VALUE_LENGTH);
  }
  return record;
}

const LIST_PATH = /^\/(?:store|categories\/[^/]+)\/?$/;
const UNDER_LIST_PATH = /^\/(?:store|categories\/[^/]+)\/./;

/**
 * A shop path with a catalog list's query moved into its view segment (/store?page=2 ->
 * /store/<view>); other paths unchanged; null for a path under a list (/store/x), which would be
 * a second address of a list view: the proxy answers it as a 404.
 */
export function catalogListPath(path: string, search: URLSearchParams): string | null {
  if (LIST_PATH.test(path)) return `${path.replace(/\/$/, "")}/${catalogViewSegment(search)}`;
  if (UNDER_LIST_PATH.test(path)) return null;
  return path;
}
