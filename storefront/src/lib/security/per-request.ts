import { connection } from "next/server";

/**
 * Renders the calling page per request. The pages for one visitor (desk, /me, account, cart,
 * checkout, order) answer with a content security policy whose nonce changes on every request
 * (src/proxy.ts); Next puts that nonce on its scripts only while rendering, so a page of these
 * sections served from the cache (a login page, say) would carry no nonce and run no script.
 */
export async function renderPerRequest(): Promise<void> {
  await connection();
}
