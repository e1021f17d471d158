import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  answerFromCompressedCopies,
  compressAsNextDoes,
  compressedCopies,
  inlineScriptHashes,
  pickEncoding,
  policyWithScriptHashes,
} from "./compressed-copies.mjs";

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const PAGE = `<!DOCTYPE html><html><body>${"<p>绣品 embroidered fan</p>".repeat(400)}</body></html>`;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A real server wired as server.mjs wires Next: compression, then the kept copies, then the handler. */
async function serve(handler: Handler, maxBytes = 1024 * 1024) {
  const copies = compressedCopies(maxBytes);
  const compress = compressAsNextDoes();
  let handled = 0;
  server = http.createServer((req, res) =>
    compress(req, res, () => {
      answerFromCompressedCopies(copies, req, res);
      handled += 1;
      handler(req, res);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server!.address() as AddressInfo).port;
  return { copies, handled: () => handled, port };
}

/** A GET with raw bytes back (fetch would decode them). */
function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** Like Next's sendRenderResult for a cached page (generateEtags off): shared-cache lifetime, type, length, one end(body). */
const cachedPage =
  (body: () => string, type = "text/html; charset=utf-8"): Handler =>
  (_req, res) => {
    res.setHeader("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700");
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Length", Buffer.byteLength(body()));
    res.end(body());
  };

describe("the encoding a visitor accepts", () => {
  it("prefers brotli, then gzip, honours q=0 and *, and falls back to none", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip")).toBe("gzip");
    expect(pickEncoding("gzip;q=0.5, br;q=0.4")).toBe("gzip");
    expect(pickEncoding("*")).toBe("br");
    expect(pickEncoding("*;q=0")).toBeNull();
    expect(pickEncoding("identity")).toBeNull();
    expect(pickEncoding("")).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});

describe("cached pages kept compressed", () => {
  it("answers a cached page compressed (brotli or gzip, as accepted) with the right length, type and Vary, and keeps one copy per encoding", async () => {
    const { port, copies } = await serve(cachedPage(() => PAGE));
    for (const encoding of ["br", "gzip"] as const) {
      for (let i = 0; i < 3; i += 1) {
        const res = await get(port, "/zh-CN/store", { "accept-encoding": encoding });
        expect(res.status).toBe(200);
        expect(res.headers["content-encoding"]).toBe(encoding);
        expect(Number(res.headers["content-length"])).toBe(res.body.length);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.headers.etag).toBe(`"${createHash("sha1").update(PAGE).digest("base64url")}"`);
        const text = (encoding === "br" ? zlib.brotliDecompressSync(res.body) : zlib.gunzipSync(res.body)).toString();
        expect(text).toBe(PAGE);
      }
    }
    expect(copies.stats().entries).toBe(2);
  });

  it("serves the new body the moment the page changes (a new ETag): a copy is never served for other content", async () => {
    let version = 1;
    const body = () => PAGE.replace("embroidered fan", `embroidered fan v${version}`);
    const { port } = await serve(cachedPage(body));
    const read = async () => zlib.brotliDecompressSync((await get(port, "/p", { "accept-encoding": "br" })).body).toString();
    expect(await read()).toContain("embroidered fan v1");
    version = 2;
    expect(await read()).toContain("embroidered fan v2");
  });

  it("answers 304 with no body to a browser that has the page (its ETag in If-None-Match), and the page to one that has an older one", async () => {
    const { port } = await serve(cachedPage(() => PAGE));
    const first = await get(port, "/p", { "accept-encoding": "br" });
    const etag = String(first.headers.etag);
    const again = await get(port, "/p", { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    const weak = await get(port, "/p", { "if-none-match": `"older", W/${etag}` });
    expect(weak.status).toBe(304);
    const older = await get(port, "/p", { "accept-encoding": "br", "if-none-match": '"older"' });
    expect(older.status).toBe(200);
    expect(zlib.brotliDecompressSync(older.body).toString()).toBe(PAGE);
  });

  it("compresses a page once however many visitors ask for it at the same time", async () => {
    const { port, copies } = await serve(cachedPage(() => PAGE));
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(port, "/p", { "accept-encoding": "gzip" })));
    for (const answer of answers) expect(zlib.gunzipSync(answer.body).toString()).toBe(PAGE);
    expect(copies.stats()).toMatchObject({ entries: 1, making: 0 });
  });

  it("leaves to the middleware what isn't a whole cached page: streamed pages, API answers, visitors without compression", async () => {
    const { port, copies } = await serve((req, res) => {
      res.setHeader("Content-Type", req.url === "/api" ? "application/json" : "text/html; charset=utf-8");
      if (req.url === "/stream") {
        res.write(PAGE.slice(0, 5000));
        res.end(PAGE.slice(5000));
        return;
      }
      res.end(req.url === "/api" ? JSON.stringify({ page: PAGE }) : PAGE);
    });
    const streamed = await get(port, "/stream", { "accept-encoding": "gzip" });
    expect(streamed.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(streamed.body).toString()).toBe(PAGE);
    const api = await get(port, "/api", { "accept-encoding": "gzip, br" });
    expect(api.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(zlib.gunzipSync(api.body).toString())).toEqual({ page: PAGE });
    const plain = await get(port, "/page", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(copies.stats().entries).toBe(0);
  });

  it("keeps no copy of an error page, a per-visitor page, a page without a shared lifetime or a no-transform answer", async () => {
    const { port, copies } = await serve((req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (req.url === "/missing") res.statusCode = 404;
      const cacheControl: Record<string, string> = {
        "/missing": "s-maxage=300",
        "/desk": "private, no-cache, no-store, max-age=0, must-revalidate",
        "/no-transform": "s-maxage=300, no-transform",
      };
      if (cacheControl[req.url!]) res.setHeader("Cache-Control", cacheControl[req.url!]!);
      res.end(PAGE);
    });
    for (const path of ["/missing", "/desk", "/plain", "/no-transform"]) {
      const res = await get(port, path, { "accept-encoding": "br" });
      expect(res.body.length).toBeGreaterThan(0);
    }
    expect(copies.stats().entries).toBe(0);
  });

  it("stays within its size bound, dropping the least recently used copy first", async () => {
    let n = 0;
    // Random bytes don't compress: each copy is about 1.6 kB, so at most one fits in 2,600 bytes.
    const pages = Array.from({ length: 6 }, () => PAGE + `<!-- ${randomBytes(1200).toString("base64")} -->`);
    const { port, copies } = await serve(
      cachedPage(() => pages[n]!),
      2600,
    );
    const sizes: number[] = [];
    for (n = 0; n < pages.length; n += 1) sizes.push((await get(port, "/p", { "accept-encoding": "gzip" })).body.length);
    expect(Math.max(...sizes)).toBeLessThan(2600);
    const { entries, bytes } = copies.stats();
    expect(bytes).toBeLessThanOrEqual(2600);
    expect(entries).toBe(1);
    // The one kept is the last made: asking for it again compresses nothing new.
    n = pages.length - 1;
    await get(port, "/p", { "accept-encoding": "gzip" });
    expect(copies.stats()).toMatchObject({ entries: 1, bytes });
  });
});

describe("the catalog pages' policy made exact", () => {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  const html =
    '<html><head><script src="/_next/static/a.js" async=""></script><script id="_R_">self.__next_r="x"</script>' +
    '<script type="application/ld+json">{"@type":"Product","name":"团扇"}</script></head>' +
    '<body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"绣\\n"])</script>' +
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

  it("hashes each inline script once, as written, and leaves scripts with a src and data blocks out", () => {
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_r="x"'),
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"绣\\n"])'),
    ]);
  });

  it("replaces 'unsafe-inline' in script-src by the hashes, and touches nothing else, nor a nonce policy", () => {
    const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    expect(policyWithScriptHashes(policy, ["'sha256-A'", "'sha256-B'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    const nonce = "script-src 'nonce-abc' 'strict-dynamic' 'self' 'unsafe-inline'; object-src 'none'";
    expect(policyWithScriptHashes(nonce, ["'sha256-A'"])).toBe(nonce);
  });

  it("a cached page is answered with its own scripts' hashes in place of 'unsafe-inline'", async () => {
    const { port } = await serve((_req, res) => {
      res.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'");
      cachedPage(() => html)(_req, res);
    });
    const res = await get(port, "/p", { "accept-encoding": "br" });
    const policy = String(res.headers["content-security-policy"]);
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${inlineScriptHashes(html).join(" ")}`);
    expect(policy).not.toContain("unsafe-inline");
  });
});
