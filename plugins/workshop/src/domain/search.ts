import { MAX_SEARCH_LENGTH } from "./limits"

/**
 * Product search, its rules in one place (issue 13). The shop asks the backend
 * (`GET /store/product-search`), which matches and ranks in PostgreSQL over one search document
 * per product (`product_search_document`, kept by the workshop plugin's subscribers); this file
 * says what a query's terms are, what a document holds and how a match scores, and the backend's
 * SQL implements exactly `scoreDocument` (a test runs both on the same products). The storefront
 * uses the same parsing for its search box.
 *
 * A query is lower-cased, full-width folded (NFKC) and split on spaces into at most
 * MAX_SEARCH_TERMS terms. A product matches when EVERY term occurs in one of its texts, in any
 * language: title, subtitle, or the others (description, material, category names, its versions'
 * titles and SKUs). A term found in a title counts 3, in a subtitle 2, elsewhere 1; the best
 * field of any language counts. Ties keep the catalog's order (newest first).
 *
 * The index: each document holds its normalized texts and the set of its character bigrams and
 * single characters (its "grams"), in a GIN-indexed array. A term of one character is looked up by
 * that character, a longer one by all its bigrams; the candidates are then checked for the whole
 * term. This works for Chinese (no word breaks) as for English, on any PostgreSQL, without an
 * extension (pg_trgm ships with the embedded server, but finds no trigrams in Chinese under the C
 * locale it runs with, and a two-character word has no trigram to look up).
 */

/** Terms of one query: more are ignored (the same as the shop has always done). */
export const MAX_SEARCH_TERMS = 8

/** A query's text is at most MAX_SEARCH_LENGTH characters (limits.ts), as everywhere. */
export const MAX_SEARCH_QUERY_LENGTH = MAX_SEARCH_LENGTH

/** Control characters (NUL and the like, but not whitespace), lone surrogates, non-characters: nothing a person types. */
export const SEARCH_JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function hasSearchJunk(text: string): boolean {
  return SEARCH_JUNK.test(text)
}

/** Full-width letters to ASCII, compatibility forms folded, lower case, single spaces. */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()
}

/** The terms of a query (normalized, each once, at most MAX_SEARCH_TERMS); none for a blank one. */
export function searchTerms(text: string): string[] {
  const normalized = normalizeSearchText(text)
  return normalized ? [...new Set(normalized.split(" "))].slice(0, MAX_SEARCH_TERMS) : []
}

/** One product's searchable texts in one language. */
export type SearchTexts = {
  title?: string | null
  subtitle?: string | null
  /** description, material, category names, versions' titles, SKUs… */
  other?: ReadonlyArray<string | null | undefined>
}

/** A product's texts in every language it has. */
export type SearchDocument = { id: string; languages: SearchTexts[] }

/** What a term found in each field counts. */
export const SEARCH_WEIGHTS = { title: 3, subtitle: 2, other: 1 } as const

/**
 * Separates two texts of one field in a stored document (a Chinese and an English title, a
 * description and a material): a term never holds whitespace, so no term is found across two texts.
 */
export const SEARCH_TEXT_SEPARATOR = "\n"

/** A document's three fields as stored: each language's normalized texts, one per line. */
export type SearchFields = { title: string; subtitle: string; other: string }

export function searchFieldsOf(document: SearchDocument): SearchFields {
  const join = (texts: Array<string | null | undefined>) =>
    [...new Set(texts.map((text) => normalizeSearchText(text ?? "")).filter(Boolean))].join(SEARCH_TEXT_SEPARATOR)
  return {
    title: join(document.languages.map((texts) => texts.title)),
    subtitle: join(document.languages.map((texts) => texts.subtitle)),
    other: join(document.languages.flatMap((texts) => [...(texts.other ?? [])])),
  }
}

/** How much a term counts in a document's fields: the best field it is in, 0 when in none. */
export function termWeight(fields: SearchFields, term: string): number {
  if (fields.title.includes(term)) return SEARCH_WEIGHTS.title
  if (fields.subtitle.includes(term)) return SEARCH_WEIGHTS.subtitle
  if (fields.other.includes(term)) return SEARCH_WEIGHTS.other
  return 0
}

/**
 * How well a product matches: every term must occur in one of its texts (any language); a term
 * in a title counts 3, in a subtitle 2, elsewhere 1. 0 means no match.
 */
export function scoreDocument(document: SearchDocument, terms: readonly string[]): number {
  return scoreFields(searchFieldsOf(document), terms)
}

export function scoreFields(fields: SearchFields, terms: readonly string[]): number {
  let score = 0
  for (const term of terms) {
    const weight = termWeight(fields, term)
    if (weight === 0) return 0
    score += weight
  }
  return score
}

/** The product ids that match, best first; ties keep the order of `documents` (the catalog's order). */
export function rankSearchResults(documents: readonly SearchDocument[], terms: readonly string[]): string[] {
  return documents
    .map((document, index) => ({ id: document.id, score: scoreDocument(document, terms), index }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.id)
}

/** Characters as PostgreSQL counts them (code points: an emoji is one). */
const characters = (text: string) => Array.from(text)

/**
 * A stored document's grams: every single character and every pair of neighbouring characters
 * of its texts, without whitespace (a term holds none), each once.
 */
export function documentGrams(fields: SearchFields): string[] {
  const grams = new Set<string>()
  for (const text of [fields.title, fields.subtitle, fields.other]) {
    for (const word of text.split(/\s+/)) {
      const chars = characters(word)
      for (let i = 0; i < chars.length; i++) {
        grams.add(chars[i])
        if (i + 1 < chars.length) grams.add(chars[i] + chars[i + 1])
      }
    }
  }
  return [...grams]
}

/**
 * The grams a document must have to hold every term: a one-character term's character, a longer
 * term's bigrams. Each term is then looked for whole (a document with 牡 丹 and 丹 牡 apart has the
 * bigrams of 牡丹丹 but not the term).
 */
export function queryGrams(terms: readonly string[]): string[] {
  const grams = new Set<string>()
  for (const term of terms) {
    const chars = characters(term)
    if (chars.length === 1) grams.add(chars[0])
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1])
  }
  return [...grams]
}
