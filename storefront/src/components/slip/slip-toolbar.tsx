import { getTranslations } from "next-intl/server";
import { ChevronLeftIcon } from "@/components/desk/icons";
import type { AppLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { PrintButton } from "./print-button";
import type { SlipLayout } from "./slip-layout";

/**
 * Above a slip on screen (never on paper): back, the paper size (A4 or an 80 mm receipt) and
 * the print button.
 */
export async function SlipToolbar({ locale, path, layout, back }: { locale: AppLocale; path: string; layout: SlipLayout; back: string }) {
  const t = await getTranslations({ locale, namespace: "PaySlip" });
  const option = (value: SlipLayout, label: string) => (
    <Link
      href={value === "receipt" ? { pathname: path, query: { layout: "receipt" } } : path}
      aria-current={layout === value ? "page" : undefined}
      data-testid={`slip-layout-${value}`}
      className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm ${layout === value ? "border-ink bg-ink text-white" : "border-gold-400"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="slip-no-print mb-4 flex flex-wrap items-center gap-2">
      <Link href={back} className="inline-flex min-h-11 items-center gap-1 pr-2 text-base text-cinnabar-700">
        <ChevronLeftIcon size={20} />
        {t("back")}
      </Link>
      <span className="flex-1" />
      <span role="group" aria-label={t("layoutLabel")} className="flex gap-1">
        {option("a4", t("layoutA4"))}
        {option("receipt", t("layoutReceipt"))}
      </span>
      <PrintButton label={t("print")} />
    </div>
  );
}
