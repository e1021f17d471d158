import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import type { AppLocale } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { type Market, isMarket } from "../market";

/** The locale and market of a shop page, or the localized 404 for anything else. */
export async function shopParams<T extends { locale: string; market: string }>(
  params: Promise<T>,
): Promise<Omit<T, "locale" | "market"> & { locale: AppLocale; market: Market }> {
  const resolved = await params;
  const { locale, market } = resolved;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  return { ...resolved, locale, market };
}
