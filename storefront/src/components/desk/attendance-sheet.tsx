"use client";

import type { CoordinatorArtisan } from "@jinxiu/workshop/domain/http";
import type { LineError } from "@jinxiu/workshop/domain/work-lines";
import { useLocale, useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useCallback, useId, useMemo, useState } from "react";
import { attendanceErrorMessage, pendingForSession } from "@/lib/desk/attendance-queue";
import { formatDay } from "@/lib/desk/date-format";
import { CheckIcon, ClockIcon, SendIcon } from "./icons";
import { OutboxBar } from "./outbox-bar";
import { useAttendanceOutbox, type AttendanceReport } from "./use-attendance-outbox";

type SheetSession = {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  capacity: number;
  /** her women already recorded as attending (from the server) */
  attended: string[];
  /** her women booked on the session beforehand (listed first by the page) */
  registered?: string[];
};

/**
 * A session's attendance on the desk: her women as big tiles to tap, then one button that keeps
 * them on the phone and sends them (the attendance outbox: the same key until the backend
 * answers for good). Women recorded already show as done; women waiting on this phone, as waiting;
 * women booked beforehand carry a "registered" tag.
 */
export function AttendanceSheet({
  coordinatorId,
  session,
  women,
  today,
}: {
  coordinatorId: string;
  session: SheetSession;
  women: Pick<CoordinatorArtisan, "id" | "display_name">[];
  /** today in China, YYYY-MM-DD */
  today: string;
}) {
  const t = useTranslations("DeskTraining");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  // confirmed on this screen, before the page's data shows it
  const [confirmed, setConfirmed] = useState<Set<string>>(() => new Set());
  const [notice, setNotice] = useState<{ tone: "ok" | "wait" | "bad"; text: string } | null>(null);

  const onAnswered = useCallback(
    (report: AttendanceReport) => {
      const mine = report.confirmed.filter((c) => c.batch.session_id === session.id);
      if (mine.length) {
        const ids = mine.flatMap((c) => c.response.artisan_ids);
        setConfirmed((current) => new Set([...current, ...ids]));
        setNotice({ tone: "ok", text: t("confirmed", { count: new Set(ids).size }) });
      }
      if (report.confirmed.length) router.refresh();
      if (report.refused.some((r) => r.session_id === session.id)) setNotice({ tone: "bad", text: t("refusedNotice") });
      else if (!report.confirmed.length && report.stoppedBy === "network") setNotice({ tone: "wait", text: t("keptOffline") });
      if (report.stoppedBy === "auth") setNotice({ tone: "bad", text: t("errors.signIn") });
    },
    [router, session.id, t]
  );
  const outbox = useAttendanceOutbox(coordinatorId, onAnswered);

  const attended = useMemo(() => new Set([...session.attended, ...confirmed]), [session.attended, confirmed]);
  const pending = pendingForSession(outbox.items, session.id);
  const notYet = session.date > today;
  const taken = attended.size + [...pending.waiting].filter((w) => !attended.has(w)).length;
  const placesLeft = Math.max(0, session.capacity - taken);
  const tooMany = selected.size > placesLeft;
  const nameOf = useMemo(() => new Map(women.map((w) => [w.id, w.display_name])), [women]);
  const registered = useMemo(() => new Set(session.registered ?? []), [session.registered]);

  const toggle = (artisanId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(artisanId)) next.delete(artisanId);
      else next.add(artisanId);
      return next;
    });

  const send = () => {
    const ids = [...selected].filter((w) => !attended.has(w) && !pending.waiting.has(w));
    if (!ids.length) {
      setNotice({ tone: "bad", text: t("nobodySelected") });
      return;
    }
    if (ids.length > placesLeft) {
      setNotice({ tone: "bad", text: t("tooMany", { left: placesLeft }) });
      return;
    }
    outbox.record(session.id, ids);
    setSelected(new Set());
    setNotice({ tone: "wait", text: t("savedSending", { count: ids.length }) });
  };

  const errorText = (error: LineError) => {
    const { key, values } = attendanceErrorMessage(error);
    if (key === "sessionInFuture" && typeof values.date === "string" && values.date) {
      return t(`errors.${key}`, { date: formatDay(values.date, locale, false) });
    }
    return t(`errors.${key}`, values);
  };

  const waitingItems = outbox.items.filter((i) => i.state === "waiting");
  const refusedItems = outbox.items.filter((i) => i.state === "refused");

  return (
    <div className="space-y-4">
      <OutboxBar
        online={outbox.online}
        waiting={waitingItems.length}
        refused={refusedItems.length}
        sending={outbox.sending}
        loaded={outbox.loaded}
        onSendNow={() => void outbox.sendNow()}
      />

      <p className="text-base" data-testid="attendance-count">
        {t("places", { attended: attended.size, capacity: session.capacity })}
      </p>

      {notYet ? (
        <p className="rounded-xl bg-gold-100 p-3 text-base" data-testid="attendance-not-yet">
          {t("notYet", { date: formatDay(session.date, locale) })}
        </p>
      ) : null}

      {women.length ? (
        <ul className="grid grid-cols-1 gap-2 min-[380px]:grid-cols-2" aria-label={t("womenLabel")} data-testid="attendance-women">
          {women.map((woman) => {
            const done = attended.has(woman.id);
            const waiting = !done && pending.waiting.has(woman.id);
            const on = selected.has(woman.id);
            const state = done ? "done" : waiting ? "waiting" : on ? "selected" : "idle";
            return (
              <li key={woman.id}>
                <button
                  type="button"
                  onClick={() => toggle(woman.id)}
                  disabled={done || waiting || notYet}
                  aria-pressed={done || waiting ? undefined : on}
                  data-testid="attendance-woman"
                  data-artisan-id={woman.id}
                  data-state={state}
                  data-registered={registered.has(woman.id) ? "true" : undefined}
                  className={`flex min-h-16 w-full items-center gap-3 rounded-2xl border-2 px-4 text-left text-lg font-medium ${
                    done
                      ? "border-green-800 bg-green-50 text-green-900"
                      : waiting
                        ? "border-gold-400 bg-gold-100 text-ink"
                        : on
                          ? "border-cinnabar-700 bg-cinnabar-700 text-white"
                          : "border-gold-400 bg-white text-ink disabled:opacity-60"
                  }`}
                >
                  <span
                    className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 ${
                      done ? "border-green-800 bg-green-800 text-white" : on ? "border-white" : "border-gold-400"
                    }`}
                    aria-hidden="true"
                  >
                    {done || on ? <CheckIcon size={20} /> : waiting ? <ClockIcon size={20} /> : null}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate">{woman.display_name}</span>
                    {registered.has(woman.id) ? (
                      <span
                        className={`inline-block rounded-full px-2 text-sm font-medium ${on ? "bg-white text-cinnabar-700" : "bg-gold-100 text-gold-700"}`}
                        data-testid="attendance-registered"
                      >
                        {t("registered")}
                      </span>
                    ) : null}
                    {done ? <span className="block text-sm font-normal">{t("attended")}</span> : null}
                    {waiting ? <span className="block text-sm font-normal">{t("waiting")}</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="rounded-xl bg-gold-100 p-4 text-base">{t("noWomen")}</p>
      )}

      {!notYet && women.length ? (
        <div className="sticky bottom-3 space-y-1">
          {tooMany ? (
            <p role="alert" className="rounded-lg bg-white px-2 text-base font-medium text-cinnabar-700">
              {t("tooMany", { left: placesLeft })}
            </p>
          ) : null}
          <button
            type="button"
            onClick={send}
            disabled={!selected.size || tooMany}
            data-testid="attendance-send"
            className="flex min-h-14 w-full items-center justify-center gap-2 rounded-full bg-cinnabar-700 px-5 text-lg font-semibold text-white shadow-md disabled:opacity-60"
          >
            <SendIcon size={22} />
            {t("send", { count: selected.size })}
          </button>
        </div>
      ) : null}

      <p
        role="status"
        aria-live="polite"
        data-testid="attendance-status"
        className={`min-h-6 text-base font-medium ${
          notice?.tone === "ok" ? "text-green-800" : notice?.tone === "bad" ? "text-cinnabar-700" : "text-ink-muted"
        }`}
      >
        {notice?.text ?? ""}
      </p>

      {pending.refused.length ? (
        <section aria-labelledby={`${id}-refused`} className="space-y-2">
          <h2 id={`${id}-refused`} className="text-lg font-semibold text-cinnabar-700">
            {t("refusedHeading", { count: pending.refused.length })}
          </h2>
          {pending.refused.map((item) => (
            <div key={item.key} className="rounded-xl border border-cinnabar-700 bg-cinnabar-50 p-3" data-testid="attendance-refused" data-key={item.key}>
              <p className="text-base font-medium">{item.artisan_ids.map((w) => nameOf.get(w) ?? w).join("、")}</p>
              <ul className="mt-1 space-y-0.5">
                {(item.refusal?.errors ?? []).map((error, i) => (
                  <li key={i} className="text-base font-medium text-cinnabar-700" data-code={error.code}>
                    {errorText(error)}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                onClick={() => outbox.discard(item.key)}
                data-testid="attendance-discard"
                className="mt-2 min-h-11 rounded-full border border-gold-400 bg-white px-4 text-base"
              >
                {t("discard")}
              </button>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}

/** The attendance outbox's state on the sessions list, sending what waits on this phone. */
export function AttendanceOutboxStatus({ coordinatorId }: { coordinatorId: string }) {
  const router = useRouter();
  const outbox = useAttendanceOutbox(coordinatorId, (report) => {
    if (report.confirmed.length) router.refresh();
  });
  return (
    <OutboxBar
      online={outbox.online}
      waiting={outbox.items.filter((i) => i.state === "waiting").length}
      refused={outbox.items.filter((i) => i.state === "refused").length}
      sending={outbox.sending}
      loaded={outbox.loaded}
      onSendNow={() => void outbox.sendNow()}
    />
  );
}
