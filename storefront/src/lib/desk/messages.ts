import "server-only";
import { getMessages } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";

/** Only the named top-level namespaces of the catalogue, for a section's client components. */
export async function pickMessages(locale: AppLocale, namespaces: readonly string[]) {
  const all = (await getMessages({ locale })) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
}

/** What the desk's client components read. */
export const DESK_CLIENT_NAMESPACES = [
  "LanguageSwitch",
  "ErrorPage",
  "DeskShell",
  "DeskLogin",
  "DeskToday",
  "DeskHistory",
  "DeskWomen",
  "DeskMonth",
  "DeskErrors",
  "Notices",
  "DeskQuestions",
  "DeskApplications",
  "DeskTraining",
  "DeskOffline",
] as const;
