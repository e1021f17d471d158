// Compressed copies of the pages Next serves whole from its cache.
//
// Next answers a cached page (a catalog page, a product, a workshop) with the whole HTML or Flight
// payload in one `res.end(body)`, marked for shared caches (`s-maxage`). Compressing it again
// for every visitor cost more than everything else Next does to serve it (about 0.8 ms of gzip
// for the 95 kB store page, on a server that answers in about 2 ms). Here each body is compressed
// once per (encoding, content hash), in the thread pool, with the strongest settings (brotli 11, gzip 9:
// smaller pages for phones too), and the compressed bytes are kept in a bounded LRU.
//
// Everything else (pages rendered per request and streamed, API answers, scripts) is compressed
// as it passes by Next's own compression middleware, exactly as with `compress: true`.
//
// A kept copy is found only by its ETag, a hash of the exact bytes it was made from: a page that
// changes gets a new ETag, and a copy can't be served for another body. Only pages meant for
// shared caches are kept (never `private` or `no-store` ones: the desk, /me, the cart).
import crypto from "node:crypto"
import zlib from "node:zlib"
import { promisify } from "node:util"
import compression from "next/dist/compiled/compression/index.js"

/** The compression middleware Next itself uses when its `compress` option is on (gzip). */
export const compressAsNextDoes = () => compression()

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Bodies smaller than this aren't worth compressing (the compression middleware's own threshold). */
const THRESHOLD = 1024

/** Pages whose exact policies are remembered (each a few hundred bytes). */
const MAX_POLICIES = 1000

/** Content types whose whole bodies are kept compressed: pages and their Flight payloads. */
const KEPT_TYPES = ["text/html", "text/x-component"]

/**
 * The encoding to answer with for an Accept-Encoding header: "br", "gzip" or null (identity).
 * Brotli first (smaller); an encoding with q=0 is refused; `*` accepts either.
 * @param {string | string[] | undefined} header
 * @returns {"br" | "gzip" | null}
 */
export function pickEncoding(header) {
  if (typeof header !== "string" || header === "") return null
  const accepted = new Map()
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";")
    if (!name) continue
    let q = 1
    for (const param of params) {
      const [key, value] = param.trim().split("=")
      if (key === "q") q = Number(value)
    }
    accepted.set(name, Number.isFinite(q) ? q : 0)
  }
  const wildcard = accepted.get("*")
  const quality = (name) => (accepted.has(name) ? accepted.get(name) : (wildcard ?? 0))
  const br = quality("br")
  const gz = quality("gzip")
  if (br <= 0 && gz <= 0) return null
  return br >= gz ? "br" : "gzip"
}

/**
 * An LRU of compressed bodies bounded by their total size in bytes.
 * @param {number} maxBytes
 */
export function compressedCopies(maxBytes) {
  /** @type {Map<string, Buffer>} */
  const kept = new Map()
  /** @type {Map<string, Promise<Buffer>>} */
  const making = new Map()
  /** @type {Map<string, string>} */
  const policies = new Map()
  let bytes = 0

  const keep = (key, body) => {
    if (body.length > maxBytes) return
    const old = kept.get(key)
    if (old) {
      bytes -= old.length
      kept.delete(key)
    }
    kept.set(key, body)
    bytes += body.length
    for (const [oldest, value] of kept) {
      if (bytes <= maxBytes) break
      kept.delete(oldest)
      bytes -= value.length
    }
  }

  return {
    /**
     * The body compressed with `encoding`, made once per key (concurrent callers share the work).
     * @param {string} key
     * @param {"br" | "gzip"} encoding
     * @param {Buffer} body
     * @returns {Promise<Buffer>}
     */
    async get(key, encoding, body) {
      const found = kept.get(key)
      if (found) {
        kept.delete(key)
        kept.set(key, found)
        return found
      }
      let pending = making.get(key)
      if (!pending) {
        pending = (
          encoding === "br"
            ? brotli(body, {
                params: {
                  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                },
              })
            : gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION })
        ).finally(() => making.delete(key))
        making.set(key, pending)
        pending.then((compressed) => keep(key, compressed), () => {})
      }
      return pending
    },
    /**
     * The page's policy with its inline scripts' hashes (policyWithScriptHashes), worked out once
     * per (ETag, policy) and remembered for as many pages as copies are kept.
     * @param {string} etag
     * @param {string} policy
     * @param {Buffer} body
     */
    policyFor(etag, policy, body) {
      const key = `${etag} ${policy}`
      let exact = policies.get(key)
      if (exact === undefined) {
        exact = policyWithScriptHashes(policy, inlineScriptHashes(body.toString("utf8")))
        policies.set(key, exact)
        if (policies.size > MAX_POLICIES) policies.delete(policies.keys().next().value)
      }
      return exact
    },
    stats: () => ({ entries: kept.size, bytes, making: making.size }),
  }
}

/** Script types a browser runs (anything else in a <script>, e.g. JSON-LD, is a data block). */
const SCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript", "module"])

/**
 * The CSP source expressions ('sha256-…') of the inline scripts of an HTML page, in order, once
 * each. A browser hashes an inline script's text exactly as it stands between its tags.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? ""
    if (/\ssrc\s*=/i.test(attributes)) continue
    const type = (/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? "").toLowerCase()
    if (!SCRIPT_TYPES.has(type)) continue
    hashes.add(`'sha256-${crypto.createHash("sha256").update(match[2] ?? "", "utf8").digest("base64")}'`)
  }
  return [...hashes]
}

/**
 * The catalog pages' policy made exact for one page: `script-src 'self' 'unsafe-inline'` (what a
 * static policy must allow, not knowing the page) becomes `script-src 'self' 'sha256-…'…`, the
 * page's own inline scripts and nothing else. A policy without 'unsafe-inline' in script-src (a
 * nonce policy) is left as it is.
 * @param {string} policy
 * @param {string[]} hashes
 */
export function policyWithScriptHashes(policy, hashes) {
  return policy
    .split(";")
    .map((part) => {
      const directive = part.trim()
      if (!/^script-src\s/i.test(directive) || !directive.includes("'unsafe-inline'") || directive.includes("'nonce-")) return directive
      const sources = directive.split(/\s+/).slice(1).filter((source) => source !== "'unsafe-inline'")
      return ["script-src", ...sources, ...hashes].join(" ")
    })
    .join("; ")
}

/** Does the request's If-None-Match name this ETag (weak or strong, or `*`)? */
function notModified(req, etag) {
  const header = req.headers["if-none-match"]
  if (typeof header !== "string") return false
  const bare = etag.replace(/^W\//, "")
  return header.split(",").some((tag) => {
    const candidate = tag.trim()
    return candidate === "*" || candidate.replace(/^W\//, "") === bare
  })
}

/**
 * Wraps `res.end` so that a whole page Next sends for shared caches (`s-maxage`: a cached catalog
 * page, its Flight payload) gets an ETag made from its bytes, a 304 when the browser has it, and
 * its compressed copy from (or added to) `copies`, for the visitor's Accept-Encoding.
 *
 * The ETag is made here, natively (SHA-1 of the bytes), with Next's own off (`generateEtags:
 * false`): Next hashes the page's text in JavaScript character by character, which took a fifth
 * of the storefront's time serving a cached page (more when the page came from Redis).
 *
 * Call it before Next handles the request and after the compression middleware wrapped the
 * response (the middleware leaves a response that already has a Content-Encoding alone).
 * @param {ReturnType<typeof compressedCopies>} copies
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function answerFromCompressedCopies(copies, req, res) {
  if (req.method !== "GET") return
  const encoding = pickEncoding(req.headers["accept-encoding"])
  const end = res.end
  res.end = function endWithCompressedCopy(chunk, ...rest) {
    const cacheControl = String(res.getHeader("cache-control") ?? "")
    const type = String(res.getHeader("content-type") ?? "")
    if (
      chunk == null ||
      typeof chunk === "function" ||
      res.headersSent ||
      res.statusCode !== 200 ||
      res.hasHeader("content-encoding") ||
      !/\bs-maxage=/i.test(cacheControl) ||
      /\b(no-transform|private|no-store)\b/i.test(cacheControl) ||
      !KEPT_TYPES.some((kept) => type.startsWith(kept))
    ) {
      return end.call(this, chunk, ...rest)
    }
    const body = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    if (!(body instanceof Buffer)) return end.call(this, chunk, ...rest)
    const callback = rest.find((arg) => typeof arg === "function")
    const given = res.getHeader("etag")
    const etag = typeof given === "string" ? given : `"${crypto.createHash("sha1").update(body).digest("base64url")}"`
    res.setHeader("ETag", etag)
    const policy = res.getHeader("content-security-policy")
    if (typeof policy === "string" && type.startsWith("text/html")) {
      res.setHeader("Content-Security-Policy", copies.policyFor(etag, policy, body))
    }
    if (notModified(req, etag)) {
      res.statusCode = 304
      res.removeHeader("content-length")
      return end.call(this, callback)
    }
    if (!encoding || body.length < THRESHOLD) return end.call(this, body, callback)
    copies.get(`${encoding} ${etag}`, encoding, body).then(
      (compressed) => {
        if (res.destroyed || res.headersSent) return
        res.setHeader("Content-Encoding", encoding)
        res.setHeader("Content-Length", compressed.length)
        const vary = String(res.getHeader("vary") ?? "")
        if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding")
        end.call(res, compressed, callback)
      },
      () => {
        if (!res.destroyed && !res.headersSent) end.call(res, body, callback)
      },
    )
    return this
  }
}
