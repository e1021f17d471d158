import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/components/language-switch";
import { LogoutButton } from "./logout-button";

type SectionHeaderProps = {
  /** "DeskShell" or "MeShell": where the title and the log-out words come from */
  namespace: "DeskShell" | "MeShell";
  locale: string;
  /** shown under the title: her workshop, or the artisan's name */
  subtitle?: string;
  /** the Server Function that signs out; no button when signed out */
  logout?: (formData: FormData) => Promise<void>;
  /** more links beside the language switch (the desk's notices) */
  extra?: ReactNode;
  /** a log-out control of the section's own, in place of the plain form (the desk's asks about unsent batches) */
  logoutControl?: ReactNode;
};

/** The small header of the desk and of the income pages: title, language switch, log out. */
export function SectionHeader({ namespace, locale, subtitle, logout, extra, logoutControl }: SectionHeaderProps) {
  const t = useTranslations(namespace);
  return (
    <header className="border-b border-gold-200/70 bg-paper">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <p className="text-base font-semibold leading-tight tracking-wide text-cinnabar-700 sm:text-lg">{t("title")}</p>
          {subtitle ? (
            <p className="truncate text-sm text-ink-muted" data-testid="section-subtitle">
              {subtitle}
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 items-center gap-1 sm:gap-2">
          {extra}
          <LanguageSwitch />
          {logoutControl ? (
            logoutControl
          ) : logout ? (
            <form action={logout}>
              <input type="hidden" name="locale" value={locale} />
              <LogoutButton label={t("logout")} />
            </form>
          ) : null}
        </div>
      </div>
    </header>
  );
}
