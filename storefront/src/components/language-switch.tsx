"use client";

import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "@/i18n/client";
import { Suspense } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { alternateLocale } from "@/lib/i18n-locale";

/**
 * Links to the current page in the other locale, labelled in that locale ("English" / "中文").
 * The page's query (a search, filters, the page number) goes along once the browser has it;
 * cached pages are rendered without it, so the server-rendered link has none.
 */
export function LanguageSwitch() {
  return (
    <Suspense fallback={<SwitchLink query={undefined} />}>
      <SwitchWithQuery />
    </Suspense>
  );
}

function SwitchWithQuery() {
  const searchParams = useSearchParams();
  const query = searchParams.size > 0 ? Object.fromEntries(searchParams.entries()) : undefined;
  return <SwitchLink query={query} />;
}

function SwitchLink({ query }: { query: Record<string, string> | undefined }) {
  const t = useTranslations("LanguageSwitch");
  const target = alternateLocale(useLocale());
  const pathname = usePathname();

  return (
    <Link
      href={query ? { pathname, query } : pathname}
      locale={target}
      lang={target}
      hrefLang={target}
      title={t("hint")}
      data-testid="language-switch"
      className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-4 text-sm text-ink transition-colors hover:border-cinnabar-700 hover:text-cinnabar-700"
    >
      {t("label")}
    </Link>
  );
}
