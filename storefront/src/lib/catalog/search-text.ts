import { MAX_SEARCH_LENGTH } from "@jinxiu/workshop/domain/limits";
import { hasSearchJunk, normalizeSearchText, SEARCH_JUNK, searchTerms } from "@jinxiu/workshop/domain/search";

/**
 * The search box's text. Matching and ranking happen in the backend (`GET /store/product-search`,
 * in PostgreSQL, over both languages); their rules, and the normalising and splitting of a query
 * into terms used here, are the plugin's domain (`@jinxiu/workshop/domain`, search.ts), so the
 * shop and the backend read a query the same way.
 */

export { normalizeSearchText };

/** The same limit as the backend's `q` (limits.ts): the search box can't take more. */
export const MAX_QUERY_LENGTH = MAX_SEARCH_LENGTH;

/**
 * `empty`: nothing typed (the page asks for a search). `too_long` and `junk` (control characters
 * such as NUL, or broken Unicode: nothing a person types) can match nothing: the page shows its
 * "no results" view, and nothing is sent to the backend.
 */
export type SearchQuery =
  /** `text`: normalised (what is searched); `shown`: the words as she typed them (what the page says back) */
  | { ok: true; text: string; shown: string; terms: string[] }
  | { ok: false; reason: "empty" | "too_long" | "junk" };

const JUNK_ALL = new RegExp(SEARCH_JUNK.source, "g");

export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === "string" && hasSearchJunk(value)) return { ok: false, reason: "junk" };
  // a query far over the limit isn't normalised at all (NFKC of 10,000 characters is work for nothing)
  if (typeof value === "string" && value.length > MAX_QUERY_LENGTH * 4) return { ok: false, reason: "too_long" };
  const text = normalizeSearchText(value ?? "");
  if (!text) return { ok: false, reason: "empty" };
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, reason: "too_long" };
  const shown = (value ?? "").replace(/\s+/g, " ").trim();
  return { ok: true, text, shown, terms: searchTerms(text) };
}

/** What the search box shows again for a query: without junk, and no longer than the box takes. */
export function searchBoxText(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").replace(JUNK_ALL, "").slice(0, MAX_QUERY_LENGTH);
}
