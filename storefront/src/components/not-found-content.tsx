import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function NotFoundContent() {
  const t = useTranslations("NotFoundPage");

  return (
    <section className="py-24 text-center" data-testid="not-found-page">
      <h1 className="text-2xl font-semibold tracking-wide text-ink">{t("title")}</h1>
      <p className="mx-auto mt-4 max-w-md text-ink-muted">{t("body")}</p>
      <Link
        href="/"
        className="mt-10 inline-block text-sm text-cinnabar-700 underline-offset-4 hover:underline"
      >
        {t("home")}
      </Link>
    </section>
  );
}
