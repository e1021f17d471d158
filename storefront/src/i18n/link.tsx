"use client";

import NextLink from "next/link";
import { usePathname as useNextPathname } from "next/navigation";
import type { ComponentProps } from "react";
import { useLocale } from "./client";
import { type Href, localizedHref, pathWithoutLocale } from "./localized-href";
import type { AppLocale } from "./locales";

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  href: Href;
  /** another locale than the page's (the language switch) */
  locale?: AppLocale;
};

/** Next's Link with the locale in front of the path: <Link href="/store"> goes to /zh-CN/store. */
export function Link({ href, locale, ...props }: LinkProps) {
  const current = useLocale();
  return <NextLink href={localizedHref(locale ?? current, href)} {...props} />;
}

/** The page's path without its locale ("/desk/history"). */
export function usePathname(): string {
  return pathWithoutLocale(useNextPathname() ?? "/");
}
