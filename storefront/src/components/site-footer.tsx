import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("SiteFooter");
  const links = [
    { href: "/store", label: t("shop") },
    { href: "/categories", label: t("categories") },
    { href: "/workshops", label: t("workshops") },
    { href: "/impact", label: t("impact") },
    { href: "/jobs", label: t("jobs") },
  ];

  return (
    <footer className="mx-auto mt-24 max-w-6xl px-4 pb-12 sm:px-10">
      <hr className="stitch-rule" />
      <div className="grid gap-8 pt-8 sm:grid-cols-[2fr_1fr]">
        <div>
          <p className="font-medium text-ink">{t("title")}</p>
          <p className="mt-2 max-w-xl text-sm text-ink-muted">{t("about")}</p>
        </div>
        <nav aria-label={t("navLabel")}>
          <ul className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center text-ink-muted hover:text-cinnabar-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="pt-8 text-xs text-ink-muted">{t("note")}</p>
    </footer>
  );
}
