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
  // A handle or id no record can have (NUL, broken Unicode, absurd length) is simply not found.
  for (const value of Object.values(resolved)) {
    if (!isUsableSegment(value)) notFound();
  }
  return { ...resolved, locale, market };
}

const MAX_SEGMENT_LENGTH = 200;
const UNUSABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A URL segment (or a list of them) that could name a record: no NUL, valid Unicode, not absurdly long. */
export function isUsableSegment(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isUsableSegment);
  if (typeof value !== "string") return true;
  return value.length <= MAX_SEGMENT_LENGTH && !UNUSABLE.test(value);
}
