/** Types of layered-handler.mjs (plain JavaScript, loaded by cache-handler.mjs without a build step). */
type Remote = {
  name: string;
  get: (key: string, meta: { implicitTags: string[] }) => Promise<any>;
  set: (key: string, value: any, ctx?: any) => Promise<void>;
  revalidateTag: (tag: string) => Promise<void>;
  delete?: (key: string) => Promise<void>;
};

export declare function sizeOf(value: unknown, depth?: number): number;
export declare function withCacheControl<T>(entry: T): T & { cacheControl?: { revalidate: number; expire: number } };
export declare function createLayeredHandler(options: {
  remote: Remote;
  publish: (message: string) => Promise<unknown>;
  instance: string;
  maxBytes: number;
  maxTags?: number;
  now?: () => number;
}): {
  name: string;
  receive(raw: string): void;
  setLive(isLive: boolean): void;
  get(key: string, meta?: { implicitTags: string[] }): Promise<any>;
  set(key: string, value: any, ctx?: any): Promise<void>;
  revalidateTag(tag: string): Promise<void>;
  delete(key: string): Promise<void>;
  stats(): { entries: number; bytes: number; live: boolean; tags: number };
};
