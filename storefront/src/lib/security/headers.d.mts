/** Types of headers.mjs (plain JavaScript: server.mjs loads it without a build step). */
type Env = Record<string, string | undefined>;
export type PageKind = "per-visitor" | "checkout" | "catalog";
export declare const STRIPE_ORIGINS: { script: string[]; frame: string[]; connect: string[] };
export declare function pageKind(pathname: string): PageKind;
export declare function servedOverHttps(env: Env): boolean;
export declare function imageOrigins(env: Env): string[];
export declare function permissionsPolicy(kind: PageKind): string;
export declare function catalogPolicy(env: Env): string;
export declare function perVisitorPolicy(env: Env, kind: Exclude<PageKind, "catalog">, nonce: string): string;
export declare function everyResponseHeaders(env: Env): { key: string; value: string }[];
export declare function newNonce(): string;
