"use client";

import { useTranslations } from "@/i18n/client";
import { useEffect, useState } from "react";
import { browserOutbox } from "@/lib/desk/outbox-storage";
import { AlertIcon, CheckIcon } from "./icons";

/**
 * One line of the month's "before closing" list: batches for that month still on this phone
 * (waiting to be sent, or refused and waiting to be fixed).
 */
export function OutboxMonthCheck({ coordinatorId, month }: { coordinatorId: string; month: string }) {
  const t = useTranslations("DeskMonth");
  const [counts, setCounts] = useState<{ waiting: number; refused: number } | null>(null);
  useEffect(() => {
    const read = () => {
      const batches = browserOutbox(coordinatorId)
        .load()
        .filter((b) => b.lines.some((l) => l.work_date.startsWith(month)));
      setCounts({
        waiting: batches.filter((b) => b.state === "waiting").length,
        refused: batches.filter((b) => b.state === "refused").length,
      });
    };
    read();
    window.addEventListener("storage", read);
    return () => window.removeEventListener("storage", read);
  }, [coordinatorId, month]);

  if (!counts) return <li className="min-h-12" aria-hidden="true" />;
  const clear = !counts.waiting && !counts.refused;
  return (
    <li className="flex items-start gap-2" data-testid="check-outbox" data-done={clear ? "true" : "false"}>
      {clear ? <CheckIcon size={22} className="mt-0.5 shrink-0 text-green-800" /> : <AlertIcon size={22} className="mt-0.5 shrink-0 text-cinnabar-700" />}
      <span>
        {clear
          ? t("checks.outboxClear")
          : [counts.waiting ? t("checks.outboxWaiting", { count: counts.waiting }) : "", counts.refused ? t("checks.outboxRefused", { count: counts.refused }) : ""]
              .filter(Boolean)
              .join(" ")}
      </span>
    </li>
  );
}
