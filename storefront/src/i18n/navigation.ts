import { redirect as nextRedirect } from "next/navigation";
import { type Href, localizedHref } from "./localized-href";
import type { AppLocale } from "./locales";

// Locale-aware navigation: hrefs are written without the locale prefix (every URL carries it).
// Link and usePathname are small client components over Next's own (./link.tsx), so no i18n
// library's navigation code reaches the browser.
export { Link, usePathname } from "./link";

/** Next's redirect to `href` in `locale`. */
export function redirect({ href, locale }: { href: Href; locale: AppLocale }): never {
  return nextRedirect(localizedHref(locale, href));
}
