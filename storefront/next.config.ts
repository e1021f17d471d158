import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// No telemetry from this app, whoever runs it. Next reads this variable after loading the config
// (build and start), so setting it here works even when the caller forgot the env var.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// Uses the default request config at ./src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin();

const nextConfig: NextConfig = {
  // Product images are absolute URLs served by the Medusa backend; sized, modern-format images
  // (and the remotePatterns they need) come in a later slice.
  images: { unoptimized: true },
  poweredByHeader: false,
  // A separate build folder for a second server working from the same checkout (development only).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
