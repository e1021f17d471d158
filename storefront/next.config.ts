import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { allowLocalImages, DEVICE_SIZES, IMAGE_SIZES, imageRemotePatterns } from "./src/lib/catalog/image-config";

// No telemetry from this app, whoever runs it. Next reads this variable after loading the config
// (build and start), so setting it here works even when the caller forgot the env var.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// Uses the default request config at ./src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin();

const imagePatterns = imageRemotePatterns(process.env);

const nextConfig: NextConfig = {
  // Product photos are served by the Medusa backend (/static, 1200 px WebP). next/image resizes
  // them to the width each page shows them at; the patterns come from MEDUSA_BACKEND_URL when
  // the server starts (src/lib/catalog/image-config.ts).
  images: {
    remotePatterns: imagePatterns,
    // Only the backend's own /static files when it runs on this machine or network.
    dangerouslyAllowLocalIP: allowLocalImages(imagePatterns),
    // Uploaded files never change (their names carry a timestamp): keep resized copies 30 days.
    minimumCacheTTL: 2_592_000,
    imageSizes: [...IMAGE_SIZES],
    // The photos are 1200 px wide: no srcset entry above that (Next's default list goes to 3840).
    deviceSizes: [...DEVICE_SIZES],
  },
  poweredByHeader: false,
  // server.mjs compresses: cached pages once, kept compressed (src/lib/compressed-copies.mjs).
  compress: false,
  // ... and gives cached pages their ETag (natively; Next's own hash costs more than the page).
  generateEtags: false,
  // Rendered pages and cached backend reads kept in this process: at most 32 MB, least recently
  // used dropped first (Next's default is 50 MB), part of the storefront's 250 MB memory goal.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  experimental: {
    // One image resized at a time per server (sharp's default is one per core): photos are
    // resized once and then served from the optimizer's cache, so the memory matters more.
    imgOptConcurrency: 1,
    // ... and libvips keeps no cache of decoded images and operations: a resized photo is kept
    // by Next's own image cache (on disk), so libvips' cache only held memory (tens of MB).
    imgOptOperationCache: false,
    // Rendered catalog pages and cached backend reads stay in this server's memory only. On disk
    // they would outlive the process and be served by the next start, which may talk to another
    // backend (other prices, image URLs, site URL) or a freshly seeded database.
    isrFlushToDisk: false,
  },
  // A separate build folder for a second server working from the same checkout (development only).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

/** This file's folder (Next compiles the config; the server may run from another working folder). */
function configDir(): string {
  return typeof __dirname === "string" ? __dirname : path.dirname(new URL(import.meta.url).pathname);
}

// With REDIS_URL (or STOREFRONT_REDIS_URL), every instance shares one cache of rendered pages and backend reads in Redis
// (cache-handler.mjs; its memory copies take the same 32 MB). Not while building: what the build
// prerenders isn't rendered against the backend the servers will use.
export default function config(phase: string): NextConfig {
  const shared = Boolean(process.env.STOREFRONT_REDIS_URL || process.env.REDIS_URL) && phase !== PHASE_PRODUCTION_BUILD;
  return withNextIntl(shared ? { ...nextConfig, cacheHandler: path.join(configDir(), "cache-handler.mjs") } : nextConfig);
}
