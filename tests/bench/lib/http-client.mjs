// A small JSON client over one keep-alive connection, timing each request from the first byte
// sent to the last byte received.
import http from "node:http"
import { performance } from "node:perf_hooks"

export function createHttpClient(baseUrl) {
  const base = new URL(baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

  /**
   * @returns {Promise<{ status: number, body: any, ms: number, headers: http.IncomingHttpHeaders, bytes: number }>}
   */
  function request(method, path, { token, body, headers = {}, timeoutMs = 600000 } = {}) {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body))
    const allHeaders = {
      accept: "application/json",
      ...(payload ? { "content-type": "application/json", "content-length": String(payload.length) } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    }
    return new Promise((resolve, reject) => {
      const started = performance.now()
      const req = http.request(
        { host: base.hostname, port: base.port, method, path, headers: allHeaders, agent },
        (res) => {
          const chunks = []
          res.on("data", (c) => chunks.push(c))
          res.on("end", () => {
            const ms = performance.now() - started
            const text = Buffer.concat(chunks).toString("utf8")
            let parsed = text
            try {
              parsed = text ? JSON.parse(text) : null
            } catch {
              // not JSON: keep the text
            }
            resolve({ status: res.statusCode, body: parsed, ms, headers: res.headers, bytes: text.length })
          })
          res.on("error", reject)
        }
      )
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${path} timed out after ${timeoutMs} ms`)))
      req.on("error", reject)
      if (payload) req.write(payload)
      req.end()
    })
  }

  return { request, close: () => agent.destroy() }
}

/** Throws with the route's own message unless the status is the expected one. */
export function expectStatus(res, expected, what) {
  if (res.status !== expected) {
    const detail = typeof res.body === "string" ? res.body.slice(0, 500) : JSON.stringify(res.body)?.slice(0, 500)
    throw new Error(`${what}: expected HTTP ${expected}, got ${res.status}: ${detail}`)
  }
  return res.body
}
