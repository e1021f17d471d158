/** Types of settings.mjs (plain JavaScript, loaded by cache-handler.mjs without a build step). */
export declare const DEFAULT_MEMORY_MB: number;
export declare function sharedCacheSettings(input: { buildId?: string; env: Record<string, string | undefined> }): {
  url: string | undefined;
  keyPrefix: string;
  channel: string;
  memoryBytes: number;
};
