import http from "http"
import type { TestApi } from "./types"

/**
 * Requests sent exactly as written: the path as given (no normalising of `..` or re-encoding),
 * any bytes as the body (malformed JSON, oversized bodies), and the answer whatever its status
 * (never thrown). For what a well-behaved client can't send.
 */

export type RawRequest = {
  method: string
  /** path and query, already percent-encoded as they should go on the wire */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export type RawResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  /** the body parsed as JSON, or null when it isn't JSON */
  data: any
}

export type RawClient = (request: RawRequest) => Promise<RawResponse>

/** A client for the test app `api` talks to, keeping up to `maxSockets` connections open. */
export function rawClient(api: TestApi, maxSockets = 4): RawClient & { close: () => void } {
  const base = new URL((api as unknown as { defaults: { baseURL: string } }).defaults.baseURL)
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const send = (request: RawRequest) =>
    new Promise<RawResponse>((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, "utf8")
      const headers: Record<string, string> = { accept: "application/json", ...(request.headers ?? {}) }
      if (body) headers["content-length"] = String(body.length)
      const req = http.request(
        { host: base.hostname, port: base.port, method: request.method, path: request.path, headers, agent },
        (res) => {
          const chunks: Buffer[] = []
          res.on("data", (chunk: Buffer) => chunks.push(chunk))
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8")
            let data: any = null
            try {
              data = text ? JSON.parse(text) : null
            } catch {
              data = null
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, data })
          })
          res.on("error", reject)
        }
      )
      req.on("error", reject)
      if (body) req.write(body)
      req.end()
    })
  return Object.assign(send, { close: () => agent.destroy() })
}

/**
 * Percent-encodes a value for a path segment or a query value. Unlike encodeURIComponent it
 * never throws: a lone surrogate goes on the wire as the bytes a sloppy encoder would write
 * (ED A0 80…), which is not UTF-8.
 */
export function encodeAny(value: string): string {
  let out = ""
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += encodeURIComponent(value.slice(i, i + 2))
        i++
        continue
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16).toUpperCase()}%${(0x80 | ((code >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`
      continue
    }
    out += encodeURIComponent(value[i]).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  }
  return out
}
