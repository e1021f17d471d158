import { locales } from "@/i18n/locales";
import { catalogues } from "@/messages";
import { deskWebAppManifest, manifestFileLocale, type DeskAppTexts } from "@/lib/desk/web-app-manifest";

/** The desk's web app manifest, one file per language (/desk-manifest/zh-CN.webmanifest), linked from the desk's pages. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: `${locale}.webmanifest` }));
}

export async function GET(_: Request, { params }: RouteContext<"/desk-manifest/[file]">) {
  const locale = manifestFileLocale((await params).file);
  if (!locale) return new Response(null, { status: 404 });
  const texts = catalogues[locale].DeskApp as DeskAppTexts;
  return new Response(JSON.stringify(deskWebAppManifest(locale, texts)), {
    headers: { "content-type": "application/manifest+json; charset=utf-8" },
  });
}
