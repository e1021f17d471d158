"use client";

import { useLocale, useTranslations } from "@/i18n/client";
import { useId, useState, useTransition } from "react";
import { cancelRegistration, registerForSession, type CancelResult } from "@/lib/desk/registration-actions";
import { isApplicant, placesLeft, registrationErrorMessage, type DeskRegistration, type RegistrationError } from "@/lib/desk/registrations";
import { CheckIcon, CloseIcon, SendIcon, UserPlusIcon } from "./icons";

type Choice = { kind: "artisan" | "application"; id: string; name: string; /** the opening she applied to */ detail?: string };

const choiceKey = (c: Pick<Choice, "kind" | "id">) => `${c.kind}:${c.id}`;

/**
 * Places at a training session to come: who of hers is booked (each with a cancel that asks
 * first), how many places are left, and her women and applicants as big tiles to choose, booked
 * with one button. Online only: when the server can't be reached she is told so and her choice
 * stays on screen.
 */
export function RegistrationPanel({
  sessionId,
  capacity,
  registrations,
  women,
  applicants,
}: {
  sessionId: string;
  capacity: number;
  /** the bookings of hers, oldest first */
  registrations: DeskRegistration[];
  /** her women not booked yet */
  women: { id: string; display_name: string }[];
  /** her openings' applicants not booked yet */
  applicants: { id: string; name: string; opening: string }[];
}) {
  const t = useTranslations("DeskTraining.register");
  const locale = useLocale();
  const id = useId();
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [error, setError] = useState<RegistrationError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [sending, startSending] = useTransition();

  const left = placesLeft(capacity, registrations.length);
  const choices: Choice[] = [
    ...women.map((w) => ({ kind: "artisan" as const, id: w.id, name: w.display_name })),
    ...applicants.map((a) => ({ kind: "application" as const, id: a.id, name: a.name, detail: a.opening })),
  ];
  // a choice booked meanwhile (the page refreshed) is no longer offered
  const offered = new Set(choices.map(choiceKey));
  const chosen = [...selected].filter((key) => offered.has(key));
  const tooMany = chosen.length > left;

  const toggle = (key: string) => {
    // a new choice: the last answer no longer speaks for it
    setDone(null);
    setError(null);
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  const send = () => {
    const ids = (kind: Choice["kind"]) => chosen.filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
    setDone(null);
    if (!chosen.length) {
      setError({ code: "nobody" });
      return;
    }
    startSending(async () => {
      let result: Awaited<ReturnType<typeof registerForSession>>;
      try {
        result = await registerForSession({ locale, sessionId, artisanIds: ids("artisan"), applicationIds: ids("application") });
      } catch {
        // the phone itself is offline: the action never reached the desk's server
        result = { ok: false, error: { code: "unavailable" } };
      }
      if (result.ok) {
        setError(null);
        setSelected(new Set());
        setDone(result.added ? t("booked", { count: result.added }) : t("bookedAlready"));
      } else {
        // her choice stays on screen, to send again or change
        setError(result.error);
      }
    });
  };

  const errorText = (e: RegistrationError) => {
    const { key, values } = registrationErrorMessage(e);
    return t(`errors.${key}`, values);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4" data-testid="registration-panel">
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className={`mt-1 text-base font-medium ${left ? "" : "text-cinnabar-700"}`} data-testid="register-places" data-left={left}>
          {left ? t("placesLeft", { left, capacity }) : t("placesNone", { capacity })}
        </p>
      </div>

      <ul
        className={registrations.length ? "divide-y divide-gold-100 rounded-2xl border border-gold-200 bg-white" : "hidden"}
        aria-label={t("listLabel")}
        data-testid="registration-list"
      >
        {registrations.map((r) => (
          <Booking key={r.id} sessionId={sessionId} registration={r} />
        ))}
      </ul>
      {registrations.length ? null : (
        <p className="rounded-xl bg-gold-100 p-3 text-base" data-testid="registration-list-empty">
          {t("nobodyYet")}
        </p>
      )}

      <div className="space-y-3">
        <h3 className="flex items-center gap-2 text-lg font-semibold">
          <UserPlusIcon size={22} />
          {t("bookMore")}
        </h3>
        {choices.length ? (
          <>
            <ChoiceGroup label={t("womenLabel")} choices={choices.filter((c) => c.kind === "artisan")} selected={selected} onToggle={toggle} applicantTag={t("applicant")} />
            <ChoiceGroup
              label={t("applicantsLabel")}
              choices={choices.filter((c) => c.kind === "application")}
              selected={selected}
              onToggle={toggle}
              applicantTag={t("applicant")}
            />
          </>
        ) : (
          <p className="rounded-xl bg-gold-100 p-3 text-base" data-testid="register-nobody-left">
            {t("everyoneBooked")}
          </p>
        )}
      </div>

      {choices.length ? (
        <div className="sticky bottom-3 space-y-1">
          {error ? (
            <p role="alert" className="rounded-lg bg-white px-2 text-base font-medium text-cinnabar-700" data-testid="register-error" data-code={error.code}>
              {errorText(error)}
            </p>
          ) : tooMany ? (
            <p role="alert" className="rounded-lg bg-white px-2 text-base font-medium text-cinnabar-700" data-testid="register-too-many">
              {t("tooMany", { left })}
            </p>
          ) : null}
          <button
            type="button"
            onClick={send}
            disabled={sending || !chosen.length || tooMany}
            data-testid="register-send"
            className="flex min-h-14 w-full items-center justify-center gap-2 rounded-full bg-cinnabar-700 px-5 text-lg font-semibold text-white shadow-md disabled:opacity-60"
          >
            <SendIcon size={22} />
            {sending ? t("sending") : t("send", { count: chosen.length })}
          </button>
        </div>
      ) : error ? (
        <p role="alert" className="text-base font-medium text-cinnabar-700" data-testid="register-error" data-code={error.code}>
          {errorText(error)}
        </p>
      ) : null}

      <p role="status" aria-live="polite" className="min-h-6 text-base font-medium text-green-800" data-testid="register-status">
        {done ?? ""}
      </p>
    </section>
  );
}

function ChoiceGroup({
  label,
  choices,
  selected,
  onToggle,
  applicantTag,
}: {
  label: string;
  choices: Choice[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  applicantTag: string;
}) {
  if (!choices.length) return null;
  return (
    <div>
      <p className="mb-1 text-base text-ink-muted">{label}</p>
      <ul className="grid grid-cols-1 gap-2 min-[380px]:grid-cols-2" aria-label={label}>
        {choices.map((choice) => {
          const key = choiceKey(choice);
          const on = selected.has(key);
          return (
            <li key={key}>
              <button
                type="button"
                onClick={() => onToggle(key)}
                aria-pressed={on}
                data-testid="register-choice"
                {...(choice.kind === "artisan" ? { "data-artisan-id": choice.id } : { "data-application-id": choice.id })}
                data-state={on ? "selected" : "idle"}
                className={`flex min-h-16 w-full items-center gap-3 rounded-2xl border-2 px-4 py-2 text-left text-lg font-medium ${
                  on ? "border-cinnabar-700 bg-cinnabar-700 text-white" : "border-gold-400 bg-white text-ink"
                }`}
              >
                <span
                  className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 ${on ? "border-white" : "border-gold-400"}`}
                  aria-hidden="true"
                >
                  {on ? <CheckIcon size={20} /> : null}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{choice.name}</span>
                  {choice.kind === "application" ? (
                    <span className="block truncate text-sm font-normal">
                      <ApplicantTag text={applicantTag} inverted={on} />
                      {choice.detail ? ` ${choice.detail}` : ""}
                    </span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ApplicantTag({ text, inverted = false }: { text: string; inverted?: boolean }) {
  return (
    <span
      className={`inline-block rounded-full px-2 text-sm font-medium ${inverted ? "bg-white text-cinnabar-700" : "bg-gold-100 text-gold-700"}`}
      data-testid="applicant-tag"
    >
      {text}
    </span>
  );
}

/** One booking: her name (an applicant tagged), and a cancel that asks before it frees the place. */
function Booking({ sessionId, registration }: { sessionId: string; registration: DeskRegistration }) {
  const t = useTranslations("DeskTraining.register");
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<Extract<CancelResult, { ok: false }>["error"] | null>(null);
  const [cancelling, startCancelling] = useTransition();
  const applicant = isApplicant(registration);

  const cancel = () =>
    startCancelling(async () => {
      let result: CancelResult;
      try {
        result = await cancelRegistration({ locale, sessionId, registrationId: registration.id });
      } catch {
        result = { ok: false, error: "unavailable" };
      }
      // cancelled: the refreshed list no longer has her; not found: cancelled already, the same
      if (result.ok || result.error === "not_found") {
        setConfirming(false);
        setError(null);
      } else {
        setError(result.error);
      }
    });

  return (
    <li
      className="px-3 py-2"
      data-testid="registration"
      data-registration-id={registration.id}
      {...(registration.artisan_id ? { "data-artisan-id": registration.artisan_id } : {})}
      {...(registration.application_id ? { "data-application-id": registration.application_id } : {})}
    >
      <div className="flex min-h-12 items-center gap-2">
        <p className="min-w-0 flex-1 text-lg font-medium">
          <span className="block truncate">{registration.name}</span>
          {applicant ? <ApplicantTag text={t("applicant")} /> : null}
        </p>
        {!confirming ? (
          <button
            type="button"
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
            data-testid="registration-cancel"
            aria-label={t("cancelFor", { name: registration.name })}
            className="flex min-h-11 shrink-0 items-center gap-1 rounded-full border border-gold-400 px-4 text-base"
          >
            <CloseIcon size={18} />
            {t("cancel")}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="mt-1 space-y-2 rounded-xl bg-gold-100 p-3" data-testid="registration-cancel-ask">
          <p className="text-base font-medium">{t("cancelConfirm", { name: registration.name })}</p>
          {error ? (
            <p role="alert" className="text-base font-medium text-cinnabar-700" data-testid="registration-cancel-error" data-code={error}>
              {t(`cancelErrors.${error}`)}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={cancel}
              disabled={cancelling}
              data-testid="registration-cancel-confirm"
              className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60"
            >
              {cancelling ? t("cancelling") : t("cancelYes")}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setError(null);
              }}
              disabled={cancelling}
              className="min-h-11 rounded-full border border-gold-400 bg-white px-4 text-base"
            >
              {t("cancelNo")}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
