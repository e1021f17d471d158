"use client";

import { useTranslations } from "@/i18n/client";
import { useEffect } from "react";
import { Link } from "@/i18n/navigation";

type ErrorPageProps = {
  error: unknown;
  /** Re-fetches and re-renders the segment (Next 16). */
  retry: () => void;
};

/** Shown when a page fails, typically because the shop's backend can't be reached. */
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const t = useTranslations("ErrorPage");

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section role="alert" className="py-24 text-center" data-testid="error-page">
      <h1 className="text-2xl font-semibold tracking-wide text-ink">{t("title")}</h1>
      <p className="mx-auto mt-4 max-w-md text-ink-muted">{t("body")}</p>
      <div className="mt-10 flex items-center justify-center gap-6">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-full bg-cinnabar-700 px-6 py-2 text-sm text-white transition-colors hover:bg-cinnabar-800"
        >
          {t("retry")}
        </button>
        <Link href="/" className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
          {t("home")}
        </Link>
      </div>
    </section>
  );
}
