import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** A status link that matches nothing (mistyped, or replaced by a later application): said kindly, with a way on. */
export default function ApplicationNotFound() {
  const t = useTranslations("JobStatus");
  return (
    <section className="mx-auto max-w-xl py-20 text-center" data-testid="application-not-found">
      <h1 className="text-2xl font-semibold tracking-wide text-ink">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-lg text-ink-muted">{t("notFoundBody")}</p>
      <Link href="/jobs" className="mt-10 inline-flex min-h-12 items-center rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800">
        {t("browse")}
      </Link>
    </section>
  );
}
