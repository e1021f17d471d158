import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its locale: /zh-CN/..., /en/...
  localePrefix: "always",
  // `/` always goes to the shop's home language (zh-CN), whatever the browser's Accept-Language;
  // visitors switch with the language link. No locale cookie, so responses stay cacheable.
  localeDetection: false,
  localeCookie: false,
});
