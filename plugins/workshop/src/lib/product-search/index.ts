/**
 * The shop's product search index (issue 13): what a product's search document holds
 * (documents.ts), writing documents (indexer.ts: some products, or all of them) and which products
 * an event changes (events.ts). The rules of matching and ranking are the domain's search.ts.
 */
export { searchDocumentOf, searchRowOf, INDEXED_PRODUCT_FIELDS, type IndexedProduct } from "./documents"
export { indexProducts, rebuildProductSearch } from "./indexer"
export { enqueueProductSearch, productsOfEvent, PRODUCT_SEARCH_EVENTS } from "./events"
