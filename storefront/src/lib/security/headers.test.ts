import { describe, expect, it } from "vitest";
import { catalogPolicy, everyResponseHeaders, imageOrigins, newNonce, pageKind, perVisitorPolicy, permissionsPolicy } from "./headers.mjs";

const env = { MEDUSA_BACKEND_URL: "http://localhost:9000", SITE_URL: "http://localhost:8000", STOREFRONT_IMAGE_ORIGINS: "https://bucket.example/photos, " };
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d === name || d.startsWith(`${name} `));

describe("which pages get which policy", () => {
  it("the desk, /me, account, cart, checkout, order and search pages are rendered per request; the rest of the shop is catalog", () => {
    for (const path of ["/zh-CN/desk", "/zh-CN/desk/entries", "/en/me", "/zh-CN/me/month/2026-11", "/zh-CN/account", "/en/cart", "/zh-CN/order/confirmed/x", "/zh-CN/search"]) {
      expect(pageKind(path), path).toBe("per-visitor");
    }
    expect(pageKind("/zh-CN/checkout")).toBe("checkout");
    for (const path of ["/zh-CN", "/zh-CN/store", "/en/products/desk-fan", "/zh-CN/categories/me", "/zh-CN/deskfan", "/zh-CN/workshops/x"]) {
      expect(pageKind(path), path).toBe("catalog");
    }
  });
});

describe("the content security policies", () => {
  it("catalog pages: scripts from this site only (inline too: no nonce on a cached page), no plugins, no <base>, forms to this site, never framed", () => {
    const policy = catalogPolicy(env);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "frame-src")).toBe("frame-src 'none'");
    expect(policy).not.toContain("stripe");
    expect(directive(policy, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("per-visitor pages: only this answer's nonce and what it loads; Stripe's script, frames and API on checkout only", () => {
    const nonce = newNonce();
    const desk = perVisitorPolicy(env, "per-visitor", nonce);
    expect(directive(desk, "script-src")).toBe(`script-src 'nonce-${nonce}' 'strict-dynamic' 'self' 'unsafe-inline'`);
    expect(desk).not.toContain("stripe");
    const checkout = perVisitorPolicy(env, "checkout", nonce);
    expect(directive(checkout, "script-src")).toContain("https://js.stripe.com");
    expect(directive(checkout, "frame-src")).toBe("frame-src https://js.stripe.com https://hooks.stripe.com");
    expect(directive(checkout, "connect-src")).toBe("connect-src 'self' https://api.stripe.com");
    expect(directive(checkout, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("images from this site, the backend and the configured photo origins only", () => {
    expect(imageOrigins(env)).toEqual(["http://localhost:9000", "https://bucket.example"]);
    expect(directive(catalogPolicy(env), "img-src")).toBe("img-src 'self' data: blob: http://localhost:9000 https://bucket.example");
  });

  it("a fresh nonce every time, 128 bits", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});

describe("the headers every response carries", () => {
  const byName = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key.toLowerCase(), h.value]));

  it("nosniff, the referrer policy, never framed, no camera/microphone/location/payment, and no HSTS over plain http", () => {
    const headers = byName(everyResponseHeaders(env));
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()"]) expect(headers["permissions-policy"]).toContain(feature);
    expect(headers["strict-transport-security"]).toBeUndefined();
  });

  it("HSTS and upgrade-insecure-requests when the shop is served over https", () => {
    const https = { ...env, SITE_URL: "https://shop.jinxiu.example" };
    expect(byName(everyResponseHeaders(https))["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(catalogPolicy(https)).toContain("upgrade-insecure-requests");
  });

  it("payment is allowed on checkout only, for this site and Stripe", () => {
    expect(permissionsPolicy("checkout")).toContain('payment=(self "https://js.stripe.com")');
    expect(permissionsPolicy("per-visitor")).toContain("payment=()");
  });
});
