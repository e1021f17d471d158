/** What cache-handler.mjs leaves on globalThis once this instance has connected its shared cache. */
type SharedCache = { handlers: { revalidateTag(tag: string): Promise<void> }[] };

/**
 * Drops `tags` from the cache shared by every storefront instance (Redis) before the caller
 * answers. Next runs its own `revalidateTag` after the route has answered (as work left to finish),
 * so without this the backend would hear "revalidated" while another instance could still serve
 * the old page for a moment. Without Redis (one instance) there is nothing shared: nothing to do.
 */
export async function revalidateSharedCache(tags: readonly string[]): Promise<void> {
  const shared = (globalThis as { __jinxiuSharedCache?: Promise<SharedCache> }).__jinxiuSharedCache;
  // Not connected yet: this instance has served nothing from the cache, and Next's own
  // revalidateTag connects it and drops the tags right after the answer.
  if (!shared) return;
  const { handlers } = await shared;
  for (const tag of tags) await Promise.all(handlers.map((handler) => handler.revalidateTag(tag)));
}
