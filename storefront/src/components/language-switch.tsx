"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { alternateLocale } from "@/lib/i18n-locale";

/** Links to the current page in the other locale, labelled in that locale ("English" / "中文"). */
export function LanguageSwitch() {
  const t = useTranslations("LanguageSwitch");
  const target = alternateLocale(useLocale());
  const pathname = usePathname();

  return (
    <Link
      href={pathname}
      locale={target}
      lang={target}
      hrefLang={target}
      title={t("hint")}
      data-testid="language-switch"
      className="rounded-full border border-gold-200 px-4 py-1.5 text-sm text-ink transition-colors hover:border-cinnabar-700 hover:text-cinnabar-700"
    >
      {t("label")}
    </Link>
  );
}
