"use client";

import { type PieceType } from "@jinxiu/workshop/domain/http";
import { formatMoney, sumMoney, type Money } from "@jinxiu/workshop/domain/money";
import { type LineError } from "@jinxiu/workshop/domain/work-lines";
import { useLocale, useTranslations } from "@/i18n/client";
import { formatDay } from "@/lib/desk/date-format";
import type { QueuedBatch } from "@/lib/desk/queue";
import { expectedPay } from "@/lib/desk/work-line";
import { FieldErrors } from "./field-errors";
import { AlertIcon, ClockIcon } from "./icons";

type DeskBatchesProps = {
  /** unique prefix of the sections' element ids */
  id: string;
  waiting: QueuedBatch[];
  refused: QueuedBatch[];
  pieceTypeById: ReadonlyMap<string, PieceType>;
  artisanName: (id: string) => string;
  pieceTypeName: (id: string) => string;
  errorText: (error: LineError) => string;
  onFix: (batch: QueuedBatch) => void;
  onDiscard: (batch: QueuedBatch) => void;
};

/**
 * The batches still on this phone: those the server refused (to fix or drop), then those waiting
 * to be sent, each with what it should pay and why it has not gone yet.
 */
export function DeskBatches({ id, waiting, refused, pieceTypeById, artisanName, pieceTypeName, errorText, onFix, onDiscard }: DeskBatchesProps) {
  const t = useTranslations("DeskToday");
  const card = { artisanName, pieceTypeName, errorText };
  return (
    <>
      {refused.length ? (
        <BatchSection id={`${id}-refused`} heading={t("refusedHeading", { count: refused.length })} refused>
          {refused.map((batch) => (
            <BatchCard
              key={batch.key}
              batch={batch}
              {...card}
              testId="refused-batch"
              actions={
                <>
                  <button
                    type="button"
                    onClick={() => onFix(batch)}
                    data-testid="fix-batch"
                    className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white"
                  >
                    {t("fix")}
                  </button>
                  <button
                    type="button"
                    onClick={() => onDiscard(batch)}
                    data-testid="discard-batch"
                    className="min-h-11 rounded-full border border-gold-400 px-4 text-base"
                  >
                    {t("discard")}
                  </button>
                </>
              }
            />
          ))}
        </BatchSection>
      ) : null}

      {waiting.length ? (
        <BatchSection id={`${id}-waiting`} heading={t("waitingHeading", { count: waiting.length })}>
          {waiting.map((batch) => (
            <BatchCard
              key={batch.key}
              batch={batch}
              {...card}
              testId="waiting-batch"
              expected={sumMoney(batch.lines.map((line) => expectedPay(line, pieceTypeById)))}
              note={
                batch.problem === "auth"
                  ? t("problem.auth")
                  : batch.attempts
                    ? t("attempts", { count: batch.attempts, problem: t(`problem.${batch.problem ?? "network"}`) })
                    : t("notSentYet")
              }
            />
          ))}
        </BatchSection>
      ) : null}
    </>
  );
}

/** A list of batches under its heading: refused ones in red with an alert, waiting ones with a clock. */
function BatchSection({ id, heading, refused = false, children }: { id: string; heading: string; refused?: boolean; children: React.ReactNode }) {
  const Icon = refused ? AlertIcon : ClockIcon;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className={`flex items-center gap-2 text-lg font-semibold ${refused ? "text-cinnabar-700" : ""}`}>
        <Icon size={22} />
        {heading}
      </h2>
      {children}
    </section>
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
  expected?: Money;
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
        {expected !== undefined ? ` · ${formatMoney(expected, locale)}` : ""}
      </p>
      {note ? <p className="text-sm text-ink-muted" data-testid="batch-note">{note}</p> : null}
      <ol className="mt-2 space-y-1.5">
        {batch.lines.map((line, index) => {
          const lineErrors = errors.filter((e) => e.index === index);
          return (
            <li key={index} data-testid="batch-line" className="text-base">
              <span className="font-medium">{artisanName(line.artisan_id)}</span> · {pieceTypeName(line.piece_type_id)} ×{" "}
              <span className="tabular-nums">{line.quantity}</span> · {t(`grades.${line.grade}`)}
              {line.trial ? <span data-testid="batch-line-trial"> · {t("trial")}</span> : null}
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
