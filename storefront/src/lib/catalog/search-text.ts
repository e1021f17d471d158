import { MAX_SEARCH_LENGTH } from "@jinxiu/workshop/domain/limits";

/**
 * Text search over the catalog in both languages. Medusa's `q` searches only the base language
 * (Chinese) and SKUs: it does not look into the Translation module's English texts. So the shop
 * merges two answers: the backend's `q` matches (Chinese, SKUs, option values) and its own
 * matching of the query against each product's texts in both languages.
 */

/** The same limit as the backend's `q` (limits.ts): the search box can't take more. */
export const MAX_QUERY_LENGTH = MAX_SEARCH_LENGTH;
const MAX_TERMS = 8;

/**
 * `empty`: nothing typed (the page asks for a search). `too_long` and `junk` (control characters
 * such as NUL, or broken Unicode: nothing a person types) can match nothing: the page shows its
 * "no results" view, and nothing is sent to the backend.
 */
export type SearchQuery =
  | { ok: true; text: string; terms: string[] }
  | { ok: false; reason: "empty" | "too_long" | "junk" };

/** Control characters (NUL and the like, but not whitespace), lone surrogates, non-characters. */
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const JUNK_ALL = new RegExp(JUNK.source, "g");

/** Full-width letters to ASCII, compatibility forms folded, lower case, single spaces. */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === "string" && JUNK.test(value)) return { ok: false, reason: "junk" };
  // a query far over the limit isn't normalised at all (NFKC of 10,000 characters is work for nothing)
  if (typeof value === "string" && value.length > MAX_QUERY_LENGTH * 4) return { ok: false, reason: "too_long" };
  const text = normalizeSearchText(value ?? "");
  if (!text) return { ok: false, reason: "empty" };
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, reason: "too_long" };
  const terms = [...new Set(text.split(" "))].slice(0, MAX_TERMS);
  return { ok: true, text, terms };
}

/** What the search box shows again for a query: without junk, and no longer than the box takes. */
export function searchBoxText(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").replace(JUNK_ALL, "").slice(0, MAX_QUERY_LENGTH);
}

/** One product's searchable texts in one language. */
export type SearchTexts = {
  title?: string | null;
  subtitle?: string | null;
  /** description, material, category names… */
  other?: ReadonlyArray<string | null | undefined>;
};

export type SearchDocument = { id: string; languages: SearchTexts[] };

/**
 * How well a product matches: every term must occur in one of its texts (any language); a term
 * in a title counts 3, in a subtitle 2, elsewhere 1. 0 means no match.
 */
export function scoreDocument(document: SearchDocument, terms: readonly string[]): number {
  const fields = document.languages.map((texts) => ({
    title: normalizeSearchText(texts.title ?? ""),
    subtitle: normalizeSearchText(texts.subtitle ?? ""),
    other: normalizeSearchText((texts.other ?? []).filter(Boolean).join(" \u0000 ")),
  }));
  let score = 0;
  for (const term of terms) {
    let best = 0;
    for (const field of fields) {
      if (field.title.includes(term)) best = Math.max(best, 3);
      else if (field.subtitle.includes(term)) best = Math.max(best, 2);
      else if (field.other.includes(term)) best = Math.max(best, 1);
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/**
 * The product ids that match, best first: the shop's own matches by score, plus the backend's
 * `q` matches (counted as score 1 when the shop's matching missed them, e.g. a SKU); ties keep
 * the order of `documents` (the catalog's order).
 */
export function rankSearchResults(
  documents: readonly SearchDocument[],
  terms: readonly string[],
  backendMatches: readonly string[] = [],
): string[] {
  const fromBackend = new Set(backendMatches);
  return documents
    .map((document, index) => {
      const score = scoreDocument(document, terms) || (fromBackend.has(document.id) ? 1 : 0);
      return { id: document.id, score, index };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.id);
}
