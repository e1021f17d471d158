"use client";

import { useTranslations } from "@/i18n/client";
import { forgetDeskPages } from "@/lib/desk/offline-client";
import { unsentOnPhone } from "@/lib/desk/outbox-storage";
import { LogoutIcon } from "./icons";

/**
 * The desk's log-out: batches not yet recorded stay on this phone for her next login, and she is
 * asked first when there are any; the pages kept for an offline open are deleted on the way out
 * (and again on the login page).
 */
export function DeskLogoutForm({
  action,
  locale,
  coordinatorId,
}: {
  action: (formData: FormData) => Promise<void>;
  locale: string;
  coordinatorId: string;
}) {
  const shell = useTranslations("DeskShell");
  const t = useTranslations("DeskOffline");
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const unsent = unsentOnPhone(coordinatorId);
    if (unsent > 0 && !window.confirm(t("logoutUnsent", { count: unsent }))) {
      event.preventDefault();
      return;
    }
    void forgetDeskPages().catch(() => []);
  };
  return (
    <form action={action} onSubmit={onSubmit}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        data-testid="logout"
        className="flex min-h-11 items-center gap-1 rounded-full px-3 text-sm text-ink-muted hover:bg-gold-100 hover:text-ink"
      >
        <LogoutIcon size={20} />
        {shell("logout")}
      </button>
    </form>
  );
}
