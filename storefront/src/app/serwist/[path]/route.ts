import path from "node:path";
import { createSerwistRoute } from "@serwist/turbopack";

const distDir = process.env.NEXT_DIST_DIR || ".next";

/**
 * The desk's service worker (desk-worker/sw.ts), bundled with esbuild by @serwist/turbopack while
 * `next build` prerenders this route, with the build's static files as its precache list; served as
 * /serwist/sw.js (and its source map), with `Service-Worker-Allowed: /` so the desk can register it
 * with the scope /<locale>/desk. Nothing here reaches the network.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: path.join("desk-worker", "sw.ts"),
  // The native esbuild the workspace already has (the default, esbuild-wasm, is not installed).
  useNativeEsbuild: true,
  // Only what a page needs to start: scripts, styles, fonts and the desk's icons. No source maps,
  // no pages (a page is hers: it is kept at run time, and dropped at log-out).
  globPatterns: [`${distDir}/static/**/*.{js,css,woff2,woff,svg,png,ico}`, "public/desk/*.png"],
  // Every file name under .next/static carries its content hash: no revision query needed.
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  esbuildOptions: { define: { "process.env.NODE_ENV": JSON.stringify("production") } },
});
