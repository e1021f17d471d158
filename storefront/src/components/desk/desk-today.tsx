"use client";

import { addDays, todayInChina } from "@jinxiu/workshop/domain/calendar";
import { type CoordinatorArtisan, type PieceType, type WorkshopRef } from "@jinxiu/workshop/domain/http";
import { formatMoney, sumMoney } from "@jinxiu/workshop/domain/money";
import { type LineError } from "@jinxiu/workshop/domain/work-lines";
import { useLocale, useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { formatDay, formatMonth } from "@/lib/desk/date-format";
import { dayToRecord } from "@/lib/desk/offline";
import { pieceTypeChoices } from "@/lib/desk/piece-type-choices";
import type { FlushReport, QueuedBatch } from "@/lib/desk/queue";
import { lineErrorMessage } from "@/lib/desk/work-line";
import { DeskBatches } from "./desk-batches";
import { DeskLine } from "./desk-line";
import { FieldErrors } from "./field-errors";
import { PlusIcon, SendIcon } from "./icons";
import { OutboxBar } from "./outbox-bar";
import { useAttendanceOutbox } from "./use-attendance-outbox";
import { useDeskDraft } from "./use-desk-draft";
import { useOutbox } from "./use-outbox";

type DeskTodayProps = {
  coordinatorId: string;
  /** today in China when the server rendered the page, YYYY-MM-DD */
  today: string;
  artisans: CoordinatorArtisan[];
  pieceTypes: PieceType[];
  /** her workshops: a piece type names its workshop when she has several */
  workshops: WorkshopRef[];
};

/**
 * Today's recording on the desk: a grid of lines (artisan, piece type with its rate, quantity,
 * grade), sent as one batch; the outbox shows what is waiting on this phone and what came back.
 */
export function DeskToday({ coordinatorId, today: renderedOn, artisans, pieceTypes, workshops }: DeskTodayProps) {
  const t = useTranslations("DeskToday");
  const te = useTranslations("DeskErrors");
  const locale = useLocale();
  const router = useRouter();
  const formId = useId();

  const artisanById = useMemo(() => new Map(artisans.map((a) => [a.id, a])), [artisans]);
  const pieceTypeById = useMemo(() => new Map(pieceTypes.map((p) => [p.id, p])), [pieceTypes]);
  const recordable = useMemo(() => artisans.filter((a) => a.status !== "left"), [artisans]);

  // A page kept for an offline open may have been rendered on an earlier day: the form starts on
  // the phone's day in China when that is later.
  const [today, setToday] = useState(renderedOn);
  useEffect(() => setToday(dayToRecord(renderedOn, todayInChina())), [renderedOn]);
  const draft = useDeskDraft({ today, artisanById, pieceTypeById });
  const { workDate, changeDate } = draft;
  useEffect(() => {
    if (today !== renderedOn && workDate === renderedOn) changeDate(today);
    // Only when the day moved on: later changes of the date are hers.
  }, [today, renderedOn]);
  // `refused`: the notice about refused batches, worded when shown from the batches refused now
  // (so it says the same number as the list's heading, whatever was refused before)
  const [notice, setNotice] = useState<{ tone: "ok" | "wait" | "bad"; text: string; refused?: true } | null>(null);

  const onAnswered = useCallback(
    (report: FlushReport) => {
      if (report.confirmed.length) {
        const lineCount = report.confirmed.reduce((n, c) => n + c.response.entries.length, 0);
        const amount = sumMoney(report.confirmed.map((c) => c.response.total_amount));
        setNotice({ tone: "ok", text: t("confirmed", { lines: lineCount, amount: formatMoney(amount, locale) }) });
        router.refresh();
      }
      if (report.refused.length) setNotice({ tone: "bad", text: "", refused: true });
      if (!report.confirmed.length && !report.refused.length && report.stoppedBy === "network") {
        setNotice({ tone: "wait", text: t("keptOffline") });
      }
      if (report.stoppedBy === "auth") setNotice({ tone: "bad", text: t("problem.auth") });
    },
    [locale, router, t]
  );
  const outbox = useOutbox(coordinatorId, onAnswered);
  // Training attendance marked offline waits in its own outbox; it is sent from here too.
  const attendance = useAttendanceOutbox(coordinatorId);

  const name = (p: PieceType) => (locale === "en" ? p.name_en : p.name_zh);
  const artisanName = (id: string) => artisanById.get(id)?.display_name ?? id;
  const pieceTypeName = (id: string) => {
    const p = pieceTypeById.get(id);
    return p ? name(p) : id;
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const batch = draft.compose();
    if (batch.kind === "empty") {
      setNotice({ tone: "bad", text: t("nothingToSend") });
    } else if (batch.kind === "invalid") {
      setNotice({ tone: "bad", text: t("fixLines", { count: batch.lineCount }) });
    } else if (batch.kind === "repeats") {
      setNotice({ tone: "wait", text: t("repeatsAsked", { count: batch.lineCount }) });
    } else {
      outbox.submit(batch.lines);
      setNotice({ tone: "wait", text: t("savedSending", { lines: batch.lines.length }) });
    }
  };

  const fixBatch = (batch: QueuedBatch) => {
    const outcome = draft.fixBatch(batch, outbox.takeForFixing);
    if (outcome === "form-busy") setNotice({ tone: "bad", text: t("finishFormFirst") });
    else if (outcome === "fixing") setNotice({ tone: "wait", text: t("fixing") });
  };

  const waiting = outbox.batches.filter((b) => b.state === "waiting");
  const refused = outbox.batches.filter((b) => b.state === "refused");
  const batchErrors = draft.errors.filter((e) => e.index === null);

  const errorText = (error: LineError) => {
    const { key, values } = lineErrorMessage(error);
    if (error.code === "period_closed" && typeof values.period === "string") {
      return te(key, { ...values, period: formatMonth(values.period, locale) });
    }
    return te(key, values);
  };

  return (
    <div className="space-y-6">
      <OutboxBar
        online={outbox.online}
        waiting={waiting.length + attendance.items.filter((i) => i.state === "waiting").length}
        refused={refused.length}
        sending={outbox.sending || attendance.sending}
        loaded={outbox.loaded}
        onSendNow={() => {
          void outbox.sendNow();
          void attendance.sendNow();
        }}
      />

      <section aria-labelledby={`${formId}-heading`} className="rounded-2xl border border-gold-200 bg-white p-3 shadow-sm sm:p-4">
        <h1 id={`${formId}-heading`} className="text-xl font-semibold">
          {t("heading")}
        </h1>
        <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4" data-testid="entry-form">
          <fieldset className="space-y-2">
            <legend className="text-base font-medium">{t("workDate")}</legend>
            <div className="flex flex-wrap items-center gap-2">
              {[today, addDays(today, -1)].map((date, i) => (
                <button
                  key={date}
                  type="button"
                  onClick={() => draft.changeDate(date)}
                  aria-pressed={draft.workDate === date}
                  className={`min-h-11 rounded-full border px-4 text-base ${
                    draft.workDate === date ? "border-cinnabar-700 bg-cinnabar-700 text-white" : "border-gold-400 bg-paper"
                  }`}
                >
                  {i === 0 ? t("today") : t("yesterday")}
                </button>
              ))}
              <label className="flex items-center gap-2">
                <span className="sr-only">{t("pickDate")}</span>
                <input
                  type="date"
                  value={draft.workDate}
                  max={today}
                  onChange={(e) => e.target.value && draft.changeDate(e.target.value)}
                  data-testid="work-date"
                  className="min-h-11 rounded-lg border border-gold-400 bg-paper px-2 text-base"
                />
              </label>
            </div>
            <p className="text-sm text-ink-muted">{formatDay(draft.workDate, locale)}</p>
          </fieldset>

          <ol className="space-y-3">
            {draft.lines.map((line, index) => {
              const artisan = artisanById.get(line.artisan_id);
              return (
                <DeskLine
                  key={line.uid}
                  id={`${formId}-${line.uid}`}
                  index={index}
                  line={line}
                  artisans={recordable}
                  choices={pieceTypeChoices(pieceTypes, { artisan, workshops, workDate: draft.workDate, locale })}
                  errors={draft.errors.filter((e) => e.index === index)}
                  errorText={errorText}
                  expected={draft.expectedOf(line)}
                  onChange={(change) => draft.update(line.uid, change)}
                  onRemove={() => draft.removeLine(line.uid)}
                />
              );
            })}
          </ol>

          {batchErrors.length ? <FieldErrors id={`${formId}-batch-error`} errors={batchErrors} text={errorText} /> : null}

          <div className="flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              onClick={draft.addLine}
              data-testid="add-line"
              className="flex min-h-12 flex-1 items-center justify-center gap-2 rounded-full border border-cinnabar-700 px-5 text-base font-medium text-cinnabar-700 hover:bg-cinnabar-50"
            >
              <PlusIcon size={22} />
              {t("addLine")}
            </button>
            <button
              type="submit"
              data-testid="submit-batch"
              className="flex min-h-12 flex-[2] items-center justify-center gap-2 rounded-full bg-cinnabar-700 px-5 text-lg font-semibold text-white hover:bg-cinnabar-800"
            >
              <SendIcon size={22} />
              {t("submit", { lines: draft.filled.length, amount: formatMoney(draft.expectedTotal, locale) })}
            </button>
          </div>
        </form>
        <p
          role="status"
          aria-live="polite"
          data-testid="desk-status"
          className={`mt-3 min-h-6 text-base font-medium ${
            notice?.tone === "ok" ? "text-green-800" : notice?.tone === "bad" ? "text-cinnabar-700" : "text-ink-muted"
          }`}
        >
          {notice?.refused ? (refused.length ? t("refusedNotice", { count: refused.length }) : "") : (notice?.text ?? "")}
        </p>
      </section>

      <DeskBatches
        id={formId}
        waiting={waiting}
        refused={refused}
        pieceTypeById={pieceTypeById}
        artisanName={artisanName}
        pieceTypeName={pieceTypeName}
        errorText={errorText}
        onFix={fixBatch}
        onDiscard={(batch) => outbox.discard(batch.key)}
      />
    </div>
  );
}
