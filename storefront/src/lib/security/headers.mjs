// The storefront's security headers, in one place: the headers every response carries (server.mjs
// sets them on every answer, from the environment it runs in), the content security policy of the cached catalog pages (static: no nonce, so
// they stay cached) and the strict, per-request policy of the pages rendered for one visitor
// (src/proxy.ts adds it with a fresh nonce). ARCHITECTURE.md says what each allows and why.

/** Stripe.js and the frames it opens (the Payment Element, 3-D Secure): allowed on checkout only. */
export const STRIPE_ORIGINS = {
  script: ["https://js.stripe.com"],
  frame: ["https://js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
};

/** The sections rendered per request: for one visitor (desk, income pages, account, cart, checkout, order), or for what she typed (search). */
const PER_VISITOR = /^\/[^/]+\/(desk|me|account|cart|checkout|order|search)(\/|$)/;

/** @typedef {"per-visitor" | "checkout" | "catalog"} PageKind */
/** @typedef {Record<string, string | undefined>} Env */

/**
 * Which policy a page gets, from its address (/<locale>/<section>/...).
 * @param {string} pathname
 * @returns {PageKind}
 */
export function pageKind(pathname) {
  const match = PER_VISITOR.exec(pathname);
  if (!match) return "catalog";
  return match[1] === "checkout" ? "checkout" : "per-visitor";
}

/** Is the shop served over https (SITE_URL)? Then browsers are told to keep to it (HSTS). */
/** @param {Env} env */
export function servedOverHttps(env) {
  return (env.SITE_URL ?? "").trim().toLowerCase().startsWith("https://");
}

/** Origins product photos may come from besides this site (the backend's /static, an S3 bucket). */
/** @param {Env} env @returns {string[]} */
export function imageOrigins(env) {
  const origins = new Set();
  for (const value of [env.MEDUSA_BACKEND_URL, ...(env.STOREFRONT_IMAGE_ORIGINS ?? "").split(",")]) {
    const trimmed = value?.trim();
    if (!trimmed) continue;
    try {
      const url = new URL(trimmed);
      if (url.protocol === "http:" || url.protocol === "https:") origins.add(url.origin);
    } catch {
      // not an origin: image-config.ts refuses it at start
    }
  }
  return [...origins];
}

/** What the browser may use: nothing we never need; payment (Stripe) on checkout only. */
/** @param {PageKind} kind */
export function permissionsPolicy(kind) {
  const payment = kind === "checkout" ? `payment=(self ${STRIPE_ORIGINS.script.map((o) => `"${o}"`).join(" ")})` : "payment=()";
  return [
    "camera=()",
    "microphone=()",
    "geolocation=()",
    payment,
    "usb=()",
    "serial=()",
    "bluetooth=()",
    "hid=()",
    "midi=()",
    "magnetometer=()",
    "gyroscope=()",
    "accelerometer=()",
    "display-capture=()",
    "browsing-topics=()",
    "interest-cohort=()",
  ].join(", ");
}

/** @param {Record<string, readonly string[]>} directives */
function policy(directives) {
  return Object.entries(directives)
    .map(([name, values]) => (values.length ? `${name} ${values.join(" ")}` : name))
    .join("; ");
}

/** Directives every page shares. */
/** @param {Env} env @param {PageKind} kind @returns {Record<string, readonly string[]>} */
function common(env, kind) {
  const checkout = kind === "checkout";
  return {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:", ...imageOrigins(env)],
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(checkout ? STRIPE_ORIGINS.connect : [])],
    "frame-src": checkout ? [...STRIPE_ORIGINS.frame] : ["'none'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(servedOverHttps(env) ? { "upgrade-insecure-requests": [] } : {}),
  };
}

/**
 * The cached catalog pages' policy. A nonce would make each answer unique (no cache), so scripts
 * are allowed from this site and inline: Next's own inline scripts carry each page's data and
 * differ per page. Everything else is as strict as on the per-visitor pages: no plugins, no
 * <base>, forms only to this site, never framed, images only from this site and the photo origins.
 */
/** @param {Env} env */
export function catalogPolicy(env) {
  return policy({ ...common(env, "catalog"), "script-src": ["'self'", "'unsafe-inline'"] });
}

/**
 * The per-visitor pages' policy: only scripts carrying this answer's nonce run, and what they load
 * ('strict-dynamic'); 'self' and 'unsafe-inline' are there for browsers too old for nonces and are
 * ignored by every browser that knows them. Stripe.js on checkout.
 */
/** @param {Env} env @param {"per-visitor" | "checkout"} kind @param {string} nonce */
export function perVisitorPolicy(env, kind, nonce) {
  const stripe = kind === "checkout" ? STRIPE_ORIGINS.script : [];
  return policy({
    ...common(env, kind),
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", "'unsafe-inline'", ...stripe],
  });
}

/**
 * The headers every response of the storefront carries (server.mjs, before Next answers; the
 * proxy replaces the policy on the pages rendered per request).
 * @param {Env} env
 * @returns {{ key: string, value: string }[]}
 */
export function everyResponseHeaders(env) {
  return [
    { key: "Content-Security-Policy", value: catalogPolicy(env) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: permissionsPolicy("catalog") },
    ...(servedOverHttps(env) ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
