"use client";

import { typedNumber } from "@jinxiu/workshop/domain/typed-numbers";
import { type CoordinatorArtisan } from "@jinxiu/workshop/domain/http";
import { MAX_QUANTITY } from "@jinxiu/workshop/domain/limits";
import { formatMoney, type Money } from "@jinxiu/workshop/domain/money";
import { GRADES, gradePay } from "@jinxiu/workshop/domain/rates";
import { type LineError } from "@jinxiu/workshop/domain/work-lines";
import { useLocale, useTranslations } from "@/i18n/client";
import type { PieceTypeChoice } from "@/lib/desk/piece-type-choices";
import type { DraftLine } from "@/lib/desk/work-line";
import { FieldErrors } from "./field-errors";
import { CheckIcon, CloseIcon, MinusIcon, NeedleIcon, PlusIcon } from "./icons";

/** The fields a line shows its own errors beside; any other field's errors go under the line. */
const LINE_FIELDS = ["artisan_id", "piece_type_id", "quantity", "grade"];

type DeskLineProps = {
  /** unique prefix of the line's element ids */
  id: string;
  /** position in the form, from 0 */
  index: number;
  line: DraftLine;
  /** the women she may record work for */
  artisans: CoordinatorArtisan[];
  /** the piece types the line's woman may be paid for (every workshop's before she is chosen), named */
  choices: PieceTypeChoice[];
  errors: LineError[];
  errorText: (error: LineError) => string;
  /** what the line should pay, once it can be worked out */
  expected: Money | null;
  onChange: (change: Partial<DraftLine>) => void;
  onRemove: () => void;
};

/** One line of the day's form: the woman, the piece type with its rate on the day, quantity, grade, and what it pays. */
export function DeskLine({ id, index, line, artisans, choices, errors, errorText: rawErrorText, expected, onChange, onRemove }: DeskLineProps) {
  const t = useTranslations("DeskToday");
  const locale = useLocale();
  const chosen = choices.find((c) => c.pieceType.id === line.piece_type_id)?.pieceType;
  const skillName = chosen ? (locale === "en" ? chosen.required_skill_name_en : chosen.required_skill_name_zh) : null;
  // the refusal names the skill by its code; the piece type knows its name in her language
  const errorText = (e: LineError) =>
    e.code === "skill_required" && skillName ? rawErrorText({ ...e, params: { ...(e.params ?? {}), skill: skillName } }) : rawErrorText(e);
  const fieldErrors = (field: string) => errors.filter((e) => e.field === field);
  const otherErrors = errors.filter((e) => !LINE_FIELDS.includes(e.field));
  // the piece type needs a skill she hasn't yet: the way out is beside it (a supervised trial)
  const skillMissing = errors.some((e) => e.code === "skill_required");
  // the trial is offered only where a skill is needed (or already asked for)
  const offerTrial = Boolean(chosen?.required_skill) || skillMissing || line.trial === true;
  const rateText = (amount: Money | null) => formatMoney(amount ?? 0, locale, { trimWhole: true });

  return (
    <li
      data-testid="entry-line"
      className={`rounded-xl border p-3 ${errors.length ? "border-cinnabar-700 bg-cinnabar-50" : "border-gold-200 bg-paper"}`}
    >
      <fieldset>
        <legend className="sr-only">{t("lineLabel", { number: index + 1 })}</legend>
        <div className="mb-2 flex items-center justify-between">
          <span className="text-sm font-semibold text-gold-700" aria-hidden="true">
            {t("lineLabel", { number: index + 1 })}
          </span>
          <button
            type="button"
            onClick={onRemove}
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
            onChange={(value) => onChange({ artisan_id: value })}
            errors={fieldErrors("artisan_id")}
            errorText={errorText}
            placeholder={t("choose")}
          >
            {artisans.map((a) => (
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
            onChange={(value) => onChange({ piece_type_id: value })}
            errors={fieldErrors("piece_type_id")}
            errorText={errorText}
            placeholder={t("choose")}
          >
            {choices.map(({ pieceType, name: pieceName, workshop, rate }) => {
              const name = workshop ? t("pieceTypeInWorkshop", { name: pieceName, workshop }) : pieceName;
              return (
                <option key={pieceType.id} value={pieceType.id}>
                  {rate
                    ? t("pieceTypeOption", { name, rateA: rateText(gradePay(rate, "A")), rateB: rateText(gradePay(rate, "B")) })
                    : t("pieceTypeNoRate", { name })}
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
                onClick={() => onChange({ quantity: String(Math.max(1, (Number(typedNumber(line.quantity)) || 0) - 1)) })}
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
                onChange={(e) => onChange({ quantity: e.target.value })}
                aria-invalid={fieldErrors("quantity").length ? true : undefined}
                aria-describedby={fieldErrors("quantity").length ? `${id}-qty-error` : undefined}
                className="min-h-12 w-20 border-y border-gold-400 bg-white text-center text-xl font-semibold tabular-nums"
              />
              <button
                type="button"
                aria-label={t("more")}
                onClick={() => onChange({ quantity: String(Math.min(MAX_QUANTITY, (Number(typedNumber(line.quantity)) || 0) + 1)) })}
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
                    onChange={() => onChange({ grade })}
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
          {offerTrial && (
          <button
            type="button"
            onClick={() => onChange({ trial: !line.trial })}
            aria-pressed={line.trial === true}
            aria-describedby={skillMissing ? `${id}-piece-error` : undefined}
            data-testid="line-trial"
            className={`flex min-h-12 items-center gap-1.5 rounded-lg border px-3 text-base ${
              line.trial
                ? "border-cinnabar-700 bg-cinnabar-700 font-semibold text-white"
                : skillMissing
                  ? "border-2 border-cinnabar-700 bg-white text-cinnabar-700"
                  : "border-gold-400 bg-white text-ink"
            }`}
          >
            {line.trial ? <CheckIcon size={20} /> : <NeedleIcon size={20} />}
            {t("trial")}
          </button>
          )}
          <p className="ml-auto min-h-6 text-right text-base tabular-nums text-ink-muted" data-testid="line-expected">
            {expected !== null ? formatMoney(expected, locale) : ""}
          </p>
        </div>
        <FieldErrors id={`${id}-qty-error`} errors={fieldErrors("quantity")} text={errorText} />
        <FieldErrors id={`${id}-other-error`} errors={otherErrors} text={errorText} />
      </fieldset>
    </li>
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
