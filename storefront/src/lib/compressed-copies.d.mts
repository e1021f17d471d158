/** Types of compressed-copies.mjs (plain JavaScript, loaded by server.mjs without a build step). */
import type { IncomingMessage, ServerResponse } from "node:http";

export declare function pickEncoding(header: string | string[] | undefined): "br" | "gzip" | null;

export interface CompressedCopies {
  get(key: string, encoding: "br" | "gzip", body: Buffer): Promise<Buffer>;
  policyFor(etag: string, policy: string, body: Buffer): string;
  stats(): { entries: number; bytes: number; making: number };
}

export declare function compressedCopies(maxBytes: number): CompressedCopies;

export declare function answerFromCompressedCopies(copies: CompressedCopies, req: IncomingMessage, res: ServerResponse): void;

export declare function compressAsNextDoes(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export declare function inlineScriptHashes(html: string): string[];
export declare function policyWithScriptHashes(policy: string, hashes: string[]): string;
