"use client";

import { useTranslations } from "@/i18n/client";
import { forgetDeskPages } from "@/lib/desk/offline-client";
import { unsentOnPhone } from "@/lib/desk/outbox-storage";
import { LogoutButton } from "./logout-button";

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
      <LogoutButton label={shell("logout")} />
    </form>
  );
}
