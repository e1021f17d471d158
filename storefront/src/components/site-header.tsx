import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const t = useTranslations("Brand");

  return (
    <header className="border-b border-gold-200/70">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-6 px-6 py-5 sm:px-10">
        <Link
          href="/"
          className="text-xl font-semibold tracking-wide text-cinnabar-700 hover:text-cinnabar-800"
        >
          {t("name")}
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
