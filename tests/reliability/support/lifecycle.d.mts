/** Types of lifecycle.mjs. */
export declare function runCleanups(cleanups: (() => unknown)[]): Promise<void>;
export declare function poll<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, stepMs?: number): Promise<T>;
export declare function setUpShopFrame(options: { dir: string; env: Record<string, string>; logFile: string }): Promise<{
  salesChannelId: string;
  shippingProfileId: string;
  regions: { china: string; international: string };
  publishableKey: string;
}>;
export declare function setUpOnce(
  beforeAll: (fn: () => Promise<void>, timeoutMs: number) => void,
  setUp: () => Promise<void>,
  timeoutMs?: number,
): () => void;
