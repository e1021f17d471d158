/**
 * Where next/image may fetch product photos from: the Medusa backend's /static files (the local
 * file provider), plus any extra origins in STOREFRONT_IMAGE_ORIGINS (comma-separated, e.g. a
 * CDN or S3 bucket). Read when the server starts (next.config.ts), so one build serves any
 * backend. Kept free of framework imports so it can be tested.
 */

export type RemotePattern = {
  protocol: "http" | "https";
  hostname: string;
  port: string;
  pathname: string;
};

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Loopback or private-network hosts (the backend next to the storefront, in a LAN or VPC). */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host) || host.endsWith(".localhost")) return true;
  const octets = host.split(".").map(Number);
  if (octets.length !== 4 || octets.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a, b] = octets;
  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}

function patternFor(url: URL, pathname: string): RemotePattern {
  return {
    protocol: url.protocol === "https:" ? "https" : "http",
    hostname: url.hostname,
    port: url.port,
    pathname,
  };
}

/**
 * The remote patterns for the backend's uploads. For a loopback backend both `localhost` and
 * `127.0.0.1` are allowed (Medusa writes file URLs with the host it was configured with, which
 * may differ from the one the storefront calls).
 */
export function imageRemotePatterns(env: Record<string, string | undefined>): RemotePattern[] {
  const patterns: RemotePattern[] = [];
  const backend = new URL(env.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000");
  patterns.push(patternFor(backend, "/static/**"));
  if (LOOPBACK_NAMES.has(backend.hostname)) {
    for (const hostname of ["localhost", "127.0.0.1"]) {
      if (hostname !== backend.hostname) patterns.push({ ...patternFor(backend, "/static/**"), hostname });
    }
  }
  for (const origin of (env.STOREFRONT_IMAGE_ORIGINS ?? "").split(",")) {
    const value = origin.trim();
    if (!value) continue;
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error(`STOREFRONT_IMAGE_ORIGINS: "${value}" is not an http(s) origin`);
    }
    patterns.push(patternFor(url, `${url.pathname.replace(/\/$/, "")}/**`));
  }
  return patterns;
}

/**
 * Next refuses to optimise images from local IP addresses unless told to. It is allowed only when
 * the backend itself is on a loopback or private address, and then only for the patterns above
 * (the backend's /static files), never for arbitrary URLs.
 */
export function allowLocalImages(patterns: readonly RemotePattern[]): boolean {
  return patterns.some((pattern) => isLocalHost(pattern.hostname));
}

/** The widths the image optimizer serves (next.config's imageSizes and deviceSizes). */
export const IMAGE_SIZES = [64, 128, 256, 384] as const;
/** The photos are 1200 px wide: no width above that (Next's default list goes to 3840). */
export const DEVICE_SIZES = [640, 750, 828, 1080, 1200] as const;

/**
 * The widths a photo is fetched at where it is shown. Next's srcset would list all nine widths,
 * which only lengthens each page's HTML and its Flight payload twice over. A card is at most
 * 350 CSS px wide (x2-3 on phones); the product page's large photo 520, its thumbnails 120. Each
 * must be one of the widths above (the optimizer refuses others): a test checks it.
 */
export const CARD_WIDTHS = [256, 384, 640, 828] as const;
export const GALLERY_MAIN_WIDTHS = [640, 828, 1080, 1200] as const;
export const GALLERY_THUMB_WIDTHS = [128, 256] as const;

/** A srcset of the optimizer's URL `optimizedSrc` (one of its own, with `w=`) at each of `widths`. */
export function srcSetOf(optimizedSrc: string, widths: readonly number[]): string {
  if (!/[?&]w=\d+/.test(optimizedSrc)) return optimizedSrc;
  return widths.map((width) => `${optimizedSrc.replace(/([?&])w=\d+/, `$1w=${width}`)} ${width}w`).join(", ");
}
