import { locales, type AppLocale } from "../../i18n/locales";
import { deskScope } from "./offline";

/** The desk's palette (src/app/globals.css): cinnabar on paper. */
export const DESK_THEME_COLOR = "#8c1c26";
export const DESK_BACKGROUND_COLOR = "#fffdf8";

export type DeskAppTexts = { name: string; shortName: string; description: string };

/** Where the desk's web app manifest is served for `locale` (src/app/desk-manifest/[file]/route.ts). */
export function deskManifestPath(locale: AppLocale): string {
  return `/desk-manifest/${locale}.webmanifest`;
}

/** The locale a manifest file name (`zh-CN.webmanifest`) is for; null for any other name. */
export function manifestFileLocale(file: string): AppLocale | null {
  return locales.find((locale) => `${locale}.webmanifest` === file) ?? null;
}

/**
 * The desk as an installed app, one per language: it opens on today's entries in her language,
 * standalone, and stays inside the desk (the scope its service worker has).
 */
export function deskWebAppManifest(locale: AppLocale, texts: DeskAppTexts) {
  const scope = deskScope(locale);
  return {
    id: scope,
    name: texts.name,
    short_name: texts.shortName,
    description: texts.description,
    lang: locale,
    start_url: scope,
    scope,
    display: "standalone",
    orientation: "portrait",
    theme_color: DESK_THEME_COLOR,
    background_color: DESK_BACKGROUND_COLOR,
    icons: [
      { src: "/desk/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/desk/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/desk/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
