import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Layout");

  return (
    <footer className="mx-auto mt-24 max-w-6xl px-6 pb-12 sm:px-10">
      <hr className="stitch-rule" />
      <p className="pt-6 text-sm text-ink-muted">{t("footer")}</p>
    </footer>
  );
}
