import type { MetadataRoute } from "next";
import { locales } from "@/i18n/locales";
import { siteUrl } from "@/lib/catalog/seo";

// The address comes from the environment of the running server, not of the build.
export const dynamic = "force-dynamic";

/** /robots.txt: the shop is open to crawlers; carts, checkout, accounts and staff pages are not. */
export default function robots(): MetadataRoute.Robots {
  const site = siteUrl(process.env);
  // jobs/application: a woman's private status links
  const privateSections = ["cart", "checkout", "order", "account", "desk", "me", "jobs/application"];
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...locales.flatMap((locale) => privateSections.map((section) => `/${locale}/${section}`))],
    },
    sitemap: new URL("/sitemap.xml", site).href,
  };
}
