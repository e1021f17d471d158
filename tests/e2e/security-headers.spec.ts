// The security headers, page by page, on the running stack: the shop's cached catalog pages (a
// static policy, so they stay cached), the pages for one visitor signed in or not (a per-request
// nonce policy; Stripe's origins on checkout only), the admin dashboard and the API.
import { createHash } from "node:crypto"
import { expect, test, type APIResponse } from "./support/test"
import { DeskLoginPage } from "./pages/desk-login-page"
import { MeLoginPage } from "./pages/me-login-page"
import { stack } from "./support/stack"

const DEMO_COORDINATOR = { email: "coordinator.jinxiu-base@jinxiu.test", password: "jinxiu-demo" }
const DEMO_ARTISAN = { phone: "13800000001", password: "jinxiu-demo" }

const CATALOG = ["/zh-CN", "/en", "/zh-CN/store", "/en/store?sort=price_asc", "/zh-CN/categories/hand-fans", "/zh-CN/products/peony-round-fan", "/en/products/peony-round-fan", "/zh-CN/workshops/dinghu-handicraft", "/zh-CN/impact"]
const PER_VISITOR = ["/zh-CN/desk/login", "/en/desk/login", "/zh-CN/me/login", "/en/me/login", "/zh-CN/account/login", "/zh-CN/account/register", "/zh-CN/cart", "/en/cart", "/zh-CN/search?q=扇"]

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `))
}

/** The headers every storefront answer carries, whatever the page. */
function expectBasics(res: APIResponse, where: string) {
  const h = res.headers()
  expect(h["x-content-type-options"], where).toBe("nosniff")
  expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin")
  expect(h["x-frame-options"], where).toBe("DENY")
  expect(h["x-powered-by"], where).toBeUndefined()
  // served over plain http here: no HSTS (it would pin the browser to https on localhost)
  expect(h["strict-transport-security"], where).toBeUndefined()
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) expect(h["permissions-policy"], where).toContain(feature)
  const policy = h["content-security-policy"] ?? ""
  expect(directive(policy, "frame-ancestors"), where).toBe("frame-ancestors 'none'")
  expect(directive(policy, "object-src"), where).toBe("object-src 'none'")
  expect(directive(policy, "base-uri"), where).toBe("base-uri 'self'")
  expect(directive(policy, "form-action"), where).toBe("form-action 'self'")
  return policy
}

/** A per-visitor page: its scripts run only with this answer's nonce, and every script of the page carries it. */
async function expectNoncePolicy(res: APIResponse, where: string) {
  const policy = expectBasics(res, where)
  const nonce = /'nonce-([^']+)'/.exec(directive(policy, "script-src") ?? "")?.[1]
  expect(nonce, `${where}: a nonce in script-src`).toBeTruthy()
  expect(directive(policy, "script-src"), where).toContain("'strict-dynamic'")
  const html = await res.text()
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes("application/ld+json"))
  expect(scripts.length, where).toBeGreaterThan(0)
  for (const tag of scripts) expect(tag, `${where}: every script carries the nonce`).toContain(`nonce="${nonce}"`)
  expect(res.headers()["x-nextjs-cache"], `${where} is rendered per request`).toBeUndefined()
  return { policy, nonce: nonce! }
}

test.describe("security headers on every face", () => {
  test("the catalog pages: still served from Next's cache, scripts limited to this site's files and the page's own inline scripts (their hashes)", async ({ request }) => {
    for (const path of CATALOG) {
      await request.get(path) // rendered once, then cached
      const res = await request.get(path)
      expect(res.status(), path).toBe(200)
      expect(res.headers()["x-nextjs-cache"], `${path} is served from the cache`).toMatch(/HIT|STALE/)
      const policy = expectBasics(res, path)
      const scriptSrc = directive(policy, "script-src") ?? ""
      expect(scriptSrc, path).not.toContain("'unsafe-inline'")
      expect(policy, path).not.toContain("nonce-")
      expect(policy, path).not.toContain("stripe")
      // exactly the page's inline scripts, hashed as the browser hashes them
      const html = await res.text()
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
      expect(inline.length, path).toBeGreaterThan(0)
      const hashes = new Set(inline.map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`))
      expect(scriptSrc, path).toBe(["script-src", "'self'", ...hashes].join(" "))
    }
  })

  test("the pages for one visitor, signed out: a fresh nonce on every answer, on every script", async ({ request }) => {
    for (const path of PER_VISITOR) {
      const first = await expectNoncePolicy(await request.get(path), path)
      const second = await expectNoncePolicy(await request.get(path), path)
      expect(second.nonce, `${path}: a new nonce each time`).not.toBe(first.nonce)
      expect(first.policy, path).not.toContain("stripe")
    }
  })

  test("the desk and /me signed in: the same strict policy", async ({ page }) => {
    await new DeskLoginPage(page).login(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password)
    for (const path of ["/zh-CN/desk", "/zh-CN/desk/history", "/zh-CN/desk/month", "/en/desk"]) {
      const res = await page.request.get(path, { maxRedirects: 0 })
      expect(res.status(), path).toBe(200)
      await expectNoncePolicy(res, path)
    }
    await page.context().clearCookies()
    await new MeLoginPage(page).login(DEMO_ARTISAN.phone, DEMO_ARTISAN.password)
    for (const path of ["/zh-CN/me", "/zh-CN/me/notices", "/en/me"]) {
      const res = await page.request.get(path, { maxRedirects: 0 })
      expect(res.status(), path).toBe(200)
      await expectNoncePolicy(res, path)
    }
  })

  test("checkout: Stripe's script, frames and API are allowed there and nowhere else; payment too", async ({ request }) => {
    const res = await request.get("/zh-CN/checkout", { maxRedirects: 0 })
    const policy = expectBasics(res, "/zh-CN/checkout")
    expect(directive(policy, "script-src")).toContain("https://js.stripe.com")
    expect(directive(policy, "frame-src")).toBe("frame-src https://js.stripe.com https://hooks.stripe.com")
    expect(directive(policy, "connect-src")).toContain("https://api.stripe.com")
    expect(res.headers()["permissions-policy"]).toContain('payment=(self "https://js.stripe.com")')
    const cart = await request.get("/zh-CN/cart")
    expect(cart.headers()["permissions-policy"]).toContain("payment=()")
    expect(directive(cart.headers()["content-security-policy"] ?? "", "frame-src")).toBe("frame-src 'none'")
  })

  test("the backend: the admin dashboard's policy, the API's, and no X-Powered-By", async ({ request }) => {
    const { backendUrl, publishableKey } = stack()
    for (const path of ["/app", "/app/orders", "/app/login"]) {
      const res = await request.get(`${backendUrl}${path}`)
      expect(res.status(), path).toBe(200)
      const h = res.headers()
      expect(h["x-powered-by"], path).toBeUndefined()
      expect(h["x-content-type-options"], path).toBe("nosniff")
      expect(h["x-frame-options"], path).toBe("DENY")
      const policy = h["content-security-policy"] ?? ""
      expect(directive(policy, "script-src"), path).toBe("script-src 'self'")
      expect(directive(policy, "frame-ancestors"), path).toBe("frame-ancestors 'none'")
      expect(directive(policy, "object-src"), path).toBe("object-src 'none'")
    }
    for (const [path, headers] of [
      ["/store/products?limit=1", { "x-publishable-api-key": publishableKey }],
      ["/store/products?limit=1", {}], // refused by Medusa's own middleware: still our headers
      ["/health", {}],
    ] as const) {
      const res = await request.get(`${backendUrl}${path}`, { headers })
      const h = res.headers()
      expect(h["x-powered-by"], path).toBeUndefined()
      expect(h["x-content-type-options"], path).toBe("nosniff")
      expect(h["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    }
  })
})
