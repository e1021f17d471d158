"use client";

import { useTranslations } from "@/i18n/client";
import { CheckIcon, ClockIcon, OfflineIcon } from "./icons";

/** The outbox at a glance: online or not, batches waiting on this phone, batches refused; "send now". */
export function OutboxBar({
  online,
  waiting,
  refused,
  sending,
  loaded,
  onSendNow,
}: {
  online: boolean;
  waiting: number;
  refused: number;
  sending: boolean;
  loaded: boolean;
  onSendNow: () => void;
}) {
  const t = useTranslations("DeskToday");
  if (!loaded) return <div className="min-h-12" aria-hidden="true" />;
  const calm = online && !waiting && !refused;
  return (
    <div
      data-testid="outbox-status"
      data-online={online ? "true" : "false"}
      data-waiting={waiting}
      data-refused={refused}
      className={`flex min-h-12 items-center gap-3 rounded-xl px-3 py-2 ${
        calm ? "bg-gold-100 text-ink" : online ? "bg-gold-200 text-ink" : "bg-ink text-white"
      }`}
    >
      {online ? calm ? <CheckIcon size={22} /> : <ClockIcon size={22} /> : <OfflineIcon size={22} />}
      <p className="flex-1 text-base" aria-live="polite">
        {[
          !online ? t("offline") : calm ? t("allSent") : sending ? t("sending") : waiting ? t("waitingShort", { count: waiting }) : "",
          refused ? t("refusedShort", { count: refused }) : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {waiting && online ? (
        <button
          type="button"
          onClick={onSendNow}
          disabled={sending}
          data-testid="send-now"
          className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60"
        >
          {t("sendNow")}
        </button>
      ) : null}
    </div>
  );
}
