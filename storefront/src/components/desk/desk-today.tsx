"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { addDays, formatDay, formatMonth } from "@/lib/desk/dates";
import { formatYuan, toFen } from "@/lib/desk/fen";
import type { FlushReport, QueuedBatch } from "@/lib/desk/queue";
import { gradeRateFen, rateOn } from "@/lib/desk/rates";
import { expectedLineFen } from "@/lib/desk/totals";
import type { DeskArtisan, PieceType } from "@/lib/desk/types";
import {
  GRADES,
  MAX_LINES,
  checkDraftLine,
  isBlankDraft,
  lineErrorMessage,
  type DraftLine,
  type Grade,
  type LineError,
  type WorkLine,
} from "@/lib/desk/work-line";
import { AlertIcon, CheckIcon, ClockIcon, CloseIcon, MinusIcon, OfflineIcon, PlusIcon, SendIcon } from "./icons";
import { useOutbox } from "./use-outbox";

type FormLine = DraftLine & { uid: string };

type DeskTodayProps = {
  coordinatorId: string;
  /** today in China, YYYY-MM-DD */
  today: string;
  artisans: DeskArtisan[];
  pieceTypes: PieceType[];
};

function blankLine(uid: string, previous?: FormLine): FormLine {
  // A new line keeps the previous line's woman and piece type: one woman's day is usually several lines.
  return {
    uid,
    artisan_id: previous?.artisan_id ?? "",
    piece_type_id: previous?.piece_type_id ?? "",
    quantity: "",
    grade: "A",
  };
}

/**
 * Today's recording on the desk: a grid of lines (artisan, piece type with its rate, quantity,
 * grade), sent as one batch; the outbox shows what is waiting on this phone and what came back.
 */
export function DeskToday({ coordinatorId, today, artisans, pieceTypes }: DeskTodayProps) {
  const t = useTranslations("DeskToday");
  const te = useTranslations("DeskErrors");
  const locale = useLocale();
  const router = useRouter();
  const formId = useId();

  const artisanById = useMemo(() => new Map(artisans.map((a) => [a.id, a])), [artisans]);
  const pieceTypeById = useMemo(() => new Map(pieceTypes.map((p) => [p.id, p])), [pieceTypes]);
  const recordable = useMemo(() => artisans.filter((a) => a.status !== "left"), [artisans]);

  const [workDate, setWorkDate] = useState(today);
  // Line keys: the first line's is fixed (the same on the server and in the browser), later ones count up.
  const uidCounter = useRef(0);
  const newUid = () => `line-${++uidCounter.current}`;
  const [lines, setLines] = useState<FormLine[]>(() => [blankLine("line-0")]);
  const [errors, setErrors] = useState<LineError[]>([]);
  const [notice, setNotice] = useState<{ tone: "ok" | "wait" | "bad"; text: string } | null>(null);

  const onAnswered = useCallback(
    (report: FlushReport) => {
      if (report.confirmed.length) {
        const lineCount = report.confirmed.reduce((n, c) => n + c.response.entries.length, 0);
        const amount = report.confirmed.reduce((sum, c) => sum + toFen(c.response.total_amount), 0);
        setNotice({ tone: "ok", text: t("confirmed", { lines: lineCount, amount: formatYuan(amount, locale) }) });
        router.refresh();
      }
      if (report.refused.length) setNotice({ tone: "bad", text: t("refusedNotice", { count: report.refused.length }) });
      if (!report.confirmed.length && !report.refused.length && report.stoppedBy === "network") {
        setNotice({ tone: "wait", text: t("keptOffline") });
      }
      if (report.stoppedBy === "auth") setNotice({ tone: "bad", text: t("problem.auth") });
    },
    [locale, router, t]
  );
  const outbox = useOutbox(coordinatorId, onAnswered);

  const name = (p: PieceType) => (locale === "en" ? p.name_en : p.name_zh);
  const artisanName = (id: string) => artisanById.get(id)?.display_name ?? id;
  const pieceTypeName = (id: string) => {
    const p = pieceTypeById.get(id);
    return p ? name(p) : id;
  };

  const update = (uid: string, change: Partial<DraftLine>) => {
    setLines((current) => current.map((l) => (l.uid === uid ? { ...l, ...change } : l)));
    // A changed field loses its old error.
    const index = lines.findIndex((l) => l.uid === uid);
    const fields = Object.keys(change);
    setErrors((current) => current.filter((e) => !(e.index === index && (fields.includes(e.field) || (fields.includes("artisan_id") && e.field === "work_date")))));
  };

  const addLine = () =>
    setLines((current) => (current.length >= MAX_LINES ? current : [...current, blankLine(newUid(), current[current.length - 1])]));

  const removeLine = (uid: string) => {
    const index = lines.findIndex((l) => l.uid === uid);
    setLines((current) => (current.length === 1 ? [blankLine(newUid())] : current.filter((l) => l.uid !== uid)));
    setErrors((current) =>
      current.filter((e) => e.index !== index).map((e) => (e.index !== null && e.index > index ? { ...e, index: e.index - 1 } : e))
    );
  };

  const changeDate = (date: string) => {
    setWorkDate(date);
    setErrors((current) => current.filter((e) => e.field !== "work_date"));
  };

  const filled = lines.filter((l) => !isBlankDraft(l));
  const expectedTotal = filled.reduce((sum, l) => {
    const pieceType = pieceTypeById.get(l.piece_type_id);
    const rate = pieceType ? gradeRateFen(rateOn(pieceType.rates, workDate), l.grade) : null;
    const quantity = /^\d+$/.test(l.quantity.trim()) ? Number(l.quantity) : 0;
    return sum + (rate ?? 0) * quantity;
  }, 0);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const problems: LineError[] = [];
    const ready: WorkLine[] = [];
    const kept: FormLine[] = [];
    lines.forEach((draft) => {
      if (isBlankDraft(draft)) return;
      const index = kept.length;
      kept.push(draft);
      const checked = checkDraftLine(draft, index, workDate, today);
      if (checked.line) ready.push(checked.line);
      else problems.push(...checked.errors);
    });
    if (!kept.length) {
      setErrors([{ index: 0, field: "artisan_id", code: "required" }]);
      setNotice({ tone: "bad", text: t("nothingToSend") });
      return;
    }
    setLines(kept);
    if (problems.length) {
      setErrors(problems);
      setNotice({ tone: "bad", text: t("fixLines", { count: new Set(problems.map((p) => p.index)).size }) });
      return;
    }
    outbox.submit(ready);
    setErrors([]);
    setLines([blankLine(newUid())]);
    setNotice({ tone: "wait", text: t("savedSending", { lines: ready.length }) });
  };

  const fixBatch = (batch: QueuedBatch) => {
    const formHasLines = lines.some((l) => !isBlankDraft(l));
    const batchDate = batch.lines[0]?.work_date ?? workDate;
    if (formHasLines && batchDate !== workDate) {
      setNotice({ tone: "bad", text: t("finishFormFirst") });
      return;
    }
    const taken = outbox.takeForFixing(batch.key);
    if (!taken) return;
    const base = formHasLines ? lines.filter((l) => !isBlankDraft(l)) : [];
    const offset = base.length;
    setWorkDate(batchDate);
    setLines([
      ...base,
      ...taken.lines.map((l) => ({ uid: newUid(), artisan_id: l.artisan_id, piece_type_id: l.piece_type_id, quantity: String(l.quantity), grade: l.grade })),
    ]);
    setErrors((taken.refusal?.errors ?? []).map((e) => ({ ...e, index: e.index === null ? null : e.index + offset })));
    setNotice({ tone: "wait", text: t("fixing") });
  };

  const waiting = outbox.batches.filter((b) => b.state === "waiting");
  const refused = outbox.batches.filter((b) => b.state === "refused");
  const batchErrors = errors.filter((e) => e.index === null);

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
        waiting={waiting.length}
        refused={refused.length}
        sending={outbox.sending}
        loaded={outbox.loaded}
        onSendNow={() => void outbox.sendNow()}
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
                  onClick={() => changeDate(date)}
                  aria-pressed={workDate === date}
                  className={`min-h-11 rounded-full border px-4 text-base ${
                    workDate === date ? "border-cinnabar-700 bg-cinnabar-700 text-white" : "border-gold-400 bg-paper"
                  }`}
                >
                  {i === 0 ? t("today") : t("yesterday")}
                </button>
              ))}
              <label className="flex items-center gap-2">
                <span className="sr-only">{t("pickDate")}</span>
                <input
                  type="date"
                  value={workDate}
                  max={today}
                  onChange={(e) => e.target.value && changeDate(e.target.value)}
                  data-testid="work-date"
                  className="min-h-11 rounded-lg border border-gold-400 bg-paper px-2 text-base"
                />
              </label>
            </div>
            <p className="text-sm text-ink-muted">{formatDay(workDate, locale)}</p>
          </fieldset>

          <ol className="space-y-3">
            {lines.map((line, index) => {
              const lineErrors = errors.filter((e) => e.index === index);
              const fieldErrors = (field: string) => lineErrors.filter((e) => e.field === field);
              const otherErrors = lineErrors.filter((e) => !["artisan_id", "piece_type_id", "quantity", "grade"].includes(e.field));
              const artisan = artisanById.get(line.artisan_id);
              const choices = pieceTypes.filter((p) => !artisan || p.workshop_id === artisan.workshop_id);
              const expected = (() => {
                const quantity = /^\d+$/.test(line.quantity.trim()) ? Number(line.quantity) : 0;
                if (!line.piece_type_id || !quantity) return null;
                return expectedLineFen(
                  { artisan_id: line.artisan_id, piece_type_id: line.piece_type_id, quantity, grade: line.grade, work_date: workDate },
                  pieceTypeById
                );
              })();
              const id = `${formId}-${line.uid}`;
              return (
                <li
                  key={line.uid}
                  data-testid="entry-line"
                  className={`rounded-xl border p-3 ${lineErrors.length ? "border-cinnabar-700 bg-cinnabar-50" : "border-gold-200 bg-paper"}`}
                >
                  <fieldset>
                    <legend className="sr-only">{t("lineLabel", { number: index + 1 })}</legend>
                    <div className="mb-2 flex items-center justify-between">
                      <span className="text-sm font-semibold text-gold-700" aria-hidden="true">
                        {t("lineLabel", { number: index + 1 })}
                      </span>
                      <button
                        type="button"
                        onClick={() => removeLine(line.uid)}
                        aria-label={t("removeLine", { number: index + 1 })}
                        className="flex min-h-11 min-w-11 items-center justify-center rounded-full text-ink-muted hover:bg-gold-100"
                      >
                        <CloseIcon size={22} />
                      </button>
                    </div>
                    <div className="grid gap-2 sm:grid-cols-2">
                      <LineSelect
                        id={`${id}-artisan`}
                        label={t("artisan")}
                        testId="line-artisan"
                        value={line.artisan_id}
                        onChange={(value) => update(line.uid, { artisan_id: value })}
                        errors={fieldErrors("artisan_id")}
                        errorText={errorText}
                        placeholder={t("choose")}
                      >
                        {recordable.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.display_name}
                          </option>
                        ))}
                      </LineSelect>
                      <LineSelect
                        id={`${id}-piece`}
                        label={t("pieceType")}
                        testId="line-piece-type"
                        value={line.piece_type_id}
                        onChange={(value) => update(line.uid, { piece_type_id: value })}
                        errors={fieldErrors("piece_type_id")}
                        errorText={errorText}
                        placeholder={t("choose")}
                      >
                        {choices.map((p) => {
                          const rate = rateOn(p.rates, workDate);
                          return (
                            <option key={p.id} value={p.id}>
                              {rate
                                ? t("pieceTypeOption", {
                                    name: name(p),
                                    rateA: formatYuan(gradeRateFen(rate, "A")!, locale, { trimWhole: true }),
                                    rateB: formatYuan(gradeRateFen(rate, "B")!, locale, { trimWhole: true }),
                                  })
                                : t("pieceTypeNoRate", { name: name(p) })}
                            </option>
                          );
                        })}
                      </LineSelect>
                    </div>
                    <div className="mt-2 flex flex-wrap items-end gap-x-4 gap-y-2">
                      <div>
                        <label htmlFor={`${id}-qty`} className="mb-1 block text-sm font-medium">
                          {t("quantity")}
                        </label>
                        <div className="flex items-center">
                          <button
                            type="button"
                            aria-label={t("less")}
                            onClick={() => update(line.uid, { quantity: String(Math.max(1, (Number(line.quantity) || 0) - 1)) })}
                            className="flex min-h-12 min-w-12 items-center justify-center rounded-l-lg border border-gold-400 bg-gold-100"
                          >
                            <MinusIcon size={22} />
                          </button>
                          <input
                            id={`${id}-qty`}
                            data-testid="line-quantity"
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            value={line.quantity}
                            onChange={(e) => update(line.uid, { quantity: e.target.value })}
                            aria-invalid={fieldErrors("quantity").length ? true : undefined}
                            aria-describedby={fieldErrors("quantity").length ? `${id}-qty-error` : undefined}
                            className="min-h-12 w-20 border-y border-gold-400 bg-white text-center text-xl font-semibold tabular-nums"
                          />
                          <button
                            type="button"
                            aria-label={t("more")}
                            onClick={() => update(line.uid, { quantity: String(Math.min(10000, (Number(line.quantity) || 0) + 1)) })}
                            className="flex min-h-12 min-w-12 items-center justify-center rounded-r-lg border border-gold-400 bg-gold-100"
                          >
                            <PlusIcon size={22} />
                          </button>
                        </div>
                      </div>
                      <fieldset>
                        <legend className="mb-1 block text-sm font-medium">{t("grade")}</legend>
                        <div className="flex">
                          {GRADES.map((grade, gi) => (
                            <label key={grade} className="relative">
                              <input
                                type="radio"
                                name={`${id}-grade`}
                                value={grade}
                                checked={line.grade === grade}
                                onChange={() => update(line.uid, { grade: grade as Grade })}
                                data-testid={`line-grade-${grade}`}
                                className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
                              />
                              <span
                                className={`flex min-h-12 min-w-14 items-center justify-center border border-gold-400 px-3 text-base font-semibold peer-checked:border-cinnabar-700 peer-checked:bg-cinnabar-700 peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-cinnabar-700 ${
                                  gi === 0 ? "rounded-l-lg" : gi === GRADES.length - 1 ? "rounded-r-lg" : ""
                                }`}
                              >
                                {t(`grades.${grade}`)}
                              </span>
                            </label>
                          ))}
                        </div>
                        <FieldErrors id={`${id}-grade-error`} errors={fieldErrors("grade")} text={errorText} />
                      </fieldset>
                      <p className="ml-auto min-h-6 text-right text-base tabular-nums text-ink-muted" data-testid="line-expected">
                        {expected !== null ? formatYuan(expected, locale) : ""}
                      </p>
                    </div>
                    <FieldErrors id={`${id}-qty-error`} errors={fieldErrors("quantity")} text={errorText} />
                    <FieldErrors id={`${id}-other-error`} errors={otherErrors} text={errorText} />
                  </fieldset>
                </li>
              );
            })}
          </ol>

          {batchErrors.length ? <FieldErrors id={`${formId}-batch-error`} errors={batchErrors} text={errorText} /> : null}

          <div className="flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              onClick={addLine}
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
              {t("submit", { lines: filled.length, amount: formatYuan(expectedTotal, locale) })}
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
          {notice?.text ?? ""}
        </p>
      </section>

      {refused.length ? (
        <section aria-labelledby={`${formId}-refused`} className="space-y-3">
          <h2 id={`${formId}-refused`} className="flex items-center gap-2 text-lg font-semibold text-cinnabar-700">
            <AlertIcon size={22} />
            {t("refusedHeading", { count: refused.length })}
          </h2>
          {refused.map((batch) => (
            <BatchCard
              key={batch.key}
              batch={batch}
              artisanName={artisanName}
              pieceTypeName={pieceTypeName}
              errorText={errorText}
              testId="refused-batch"
              actions={
                <>
                  <button
                    type="button"
                    onClick={() => fixBatch(batch)}
                    data-testid="fix-batch"
                    className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white"
                  >
                    {t("fix")}
                  </button>
                  <button
                    type="button"
                    onClick={() => outbox.discard(batch.key)}
                    data-testid="discard-batch"
                    className="min-h-11 rounded-full border border-gold-400 px-4 text-base"
                  >
                    {t("discard")}
                  </button>
                </>
              }
            />
          ))}
        </section>
      ) : null}

      {waiting.length ? (
        <section aria-labelledby={`${formId}-waiting`} className="space-y-3">
          <h2 id={`${formId}-waiting`} className="flex items-center gap-2 text-lg font-semibold">
            <ClockIcon size={22} />
            {t("waitingHeading", { count: waiting.length })}
          </h2>
          {waiting.map((batch) => (
            <BatchCard
              key={batch.key}
              batch={batch}
              artisanName={artisanName}
              pieceTypeName={pieceTypeName}
              errorText={errorText}
              testId="waiting-batch"
              expected={batch.lines.reduce((sum, l) => sum + (expectedLineFen(l, pieceTypeById) ?? 0), 0)}
              note={
                batch.problem === "auth"
                  ? t("problem.auth")
                  : batch.attempts
                    ? t("attempts", { count: batch.attempts, problem: t(`problem.${batch.problem ?? "network"}`) })
                    : t("notSentYet")
              }
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}

/** A labelled choice of a line (artisan, piece type), with its server errors beside it. */
function LineSelect(props: {
  id: string;
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  errors: LineError[];
  errorText: (e: LineError) => string;
  placeholder: string;
  children: React.ReactNode;
}) {
  const { id, errors } = props;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {props.label}
      </label>
      <select
        id={id}
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        className="block min-h-12 w-full rounded-lg border border-gold-400 bg-white px-2 text-base"
      >
        <option value="">{props.placeholder}</option>
        {props.children}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} text={props.errorText} />
    </div>
  );
}

function FieldErrors({ id, errors, text }: { id: string; errors: LineError[]; text: (e: LineError) => string }) {
  if (!errors.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5" data-testid="line-error">
      {errors.map((error, i) => (
        <li key={i} className="flex items-start gap-1 text-base font-medium text-cinnabar-700" data-code={error.code} data-field={error.field}>
          <AlertIcon size={18} className="mt-1 shrink-0" />
          <span>{text(error)}</span>
        </li>
      ))}
    </ul>
  );
}

function BatchCard({
  batch,
  artisanName,
  pieceTypeName,
  errorText,
  testId,
  expected,
  note,
  actions,
}: {
  batch: QueuedBatch;
  artisanName: (id: string) => string;
  pieceTypeName: (id: string) => string;
  errorText: (e: LineError) => string;
  testId: string;
  expected?: number;
  note?: string;
  actions?: React.ReactNode;
}) {
  const t = useTranslations("DeskToday");
  const locale = useLocale();
  const errors = batch.refusal?.errors ?? [];
  const general = errors.filter((e) => e.index === null);
  return (
    <div
      data-testid={testId}
      data-key={batch.key}
      className={`rounded-xl border p-3 ${batch.state === "refused" ? "border-cinnabar-700 bg-cinnabar-50" : "border-gold-200 bg-white"}`}
    >
      <p className="text-sm text-ink-muted">
        {formatDay(batch.lines[0]?.work_date ?? "", locale)} · {t("lineCount", { count: batch.lines.length })}
        {expected !== undefined ? ` · ${formatYuan(expected, locale)}` : ""}
      </p>
      {note ? <p className="text-sm text-ink-muted" data-testid="batch-note">{note}</p> : null}
      <ol className="mt-2 space-y-1.5">
        {batch.lines.map((line, index) => {
          const lineErrors = errors.filter((e) => e.index === index);
          return (
            <li key={index} data-testid="batch-line" className="text-base">
              <span className="font-medium">{artisanName(line.artisan_id)}</span> · {pieceTypeName(line.piece_type_id)} ×{" "}
              <span className="tabular-nums">{line.quantity}</span> · {t(`grades.${line.grade}`)}
              {lineErrors.length ? <FieldErrors id={`${batch.key}-${index}`} errors={lineErrors} text={errorText} /> : null}
            </li>
          );
        })}
      </ol>
      {general.length ? <FieldErrors id={`${batch.key}-general`} errors={general} text={errorText} /> : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

function OutboxBar({
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
