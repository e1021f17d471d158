import http from "node:http"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import { API_POLICY, adminPolicy, applySecurityHeaders, securityHeaders } from "../security/headers"

describe("the backend's security headers", () => {
  it("the admin dashboard gets its own policy (scripts from this origin only, never framed); every other answer the API's", () => {
    for (const path of ["/app", "/app/", "/app/orders/123", "/app/assets/index-x.js"]) {
      expect(securityHeaders(path, {})["Content-Security-Policy"], path).toBe(adminPolicy())
    }
    for (const path of ["/store/products", "/admin/workshops", "/health", "/application", "/"]) {
      expect(securityHeaders(path, {})["Content-Security-Policy"], path).toBe(API_POLICY)
    }
    expect(adminPolicy()).toContain("script-src 'self';")
    expect(adminPolicy()).not.toContain("unsafe-eval")
    expect(adminPolicy()).toContain("frame-ancestors 'none'")
  })

  it("HSTS only when the backend is served over https", () => {
    expect(securityHeaders("/store", { MEDUSA_BACKEND_URL: "http://localhost:9000" })["Strict-Transport-Security"]).toBeUndefined()
    expect(securityHeaders("/store", { MEDUSA_BACKEND_URL: "https://api.jinxiu.example" })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains"
    )
  })

  it("on a real answer: the headers are there and X-Powered-By, set afterwards as Express does, is not", async () => {
    const server = http.createServer((req, res) => {
      applySecurityHeaders(req, res)
      res.setHeader("X-Powered-By", "Express")
      res.end("{}")
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/app/orders`)
      expect(res.headers.get("x-powered-by")).toBeNull()
      expect(res.headers.get("x-content-type-options")).toBe("nosniff")
      expect(res.headers.get("x-frame-options")).toBe("DENY")
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      expect(res.headers.get("content-security-policy")).toBe(adminPolicy())
    } finally {
      server.close()
    }
  })
})
