"use client";

import { MAX_NOTE_LENGTH } from "@jinxiu/workshop/domain/limits";
import { APPLICATION_STATES, canHire, canMoveApplication, type ApplicationState } from "@jinxiu/workshop/domain/programme";
import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { createContext, useActionState, useContext, useEffect, useId, useState, useTransition } from "react";
import { hireApplication, moveApplication, type HireResult, type MoveApplicationState } from "@/lib/desk/application-actions";
import { CheckIcon, KeyIcon, UserIcon } from "./icons";

type Hired = Extract<HireResult, { ok: true }>;

/** Where a hire's password is shown: above the list, so a list that changes under it never takes it away. */
const HiredContext = createContext<(hired: Hired) => void>(() => undefined);

/** The password in groups of four digits, easier to read out and to copy onto paper. */
function spaced(password: string): string {
  return password.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Her login as she types it: the mainland mobile without the country code. */
function loginPhone(phone: string): string {
  return phone.replace(/^\+86/, "");
}

/** Copies text through a selected, off-screen text field; whether it worked. */
function copyWithSelection(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.appendChild(field);
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/**
 * The applications page's frame: the women hired from it show here, each with her phone login and
 * her first password, once. Closing the box forgets the password.
 */
export function HiredBox({ children }: { children: React.ReactNode }) {
  const t = useTranslations("DeskApplications");
  const [hired, setHired] = useState<Hired | null>(null);
  const [copied, setCopied] = useState(false);
  const router = useRouter();
  const id = useId();

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // no clipboard API (the desk opened over plain http on the workshop's network): the old way
      setCopied(copyWithSelection(text));
    }
  };

  return (
    <HiredContext.Provider
      value={(next) => {
        setCopied(false);
        setHired(next);
      }}
    >
      {hired ? (
        <div
          role="status"
          aria-labelledby={`${id}-title`}
          className="mb-4 rounded-xl border-2 border-cinnabar-700 bg-white p-4"
          data-testid="hired-login"
          data-artisan-id={hired.artisan.id}
        >
          <p id={`${id}-title`} className="flex items-center gap-2 text-lg font-semibold">
            <CheckIcon size={22} className="text-green-800" />
            {t("hiredTitle", { name: hired.artisan.display_name })}
          </p>
          <dl className="mt-3 space-y-2">
            <div>
              <dt className="text-base text-ink-muted">{t("loginPhone")}</dt>
              <dd className="font-mono text-2xl font-semibold tabular-nums" data-testid="hired-phone">
                {loginPhone(hired.artisan.phone)}
              </dd>
            </div>
            <div>
              <dt className="text-base text-ink-muted">{t("loginPassword")}</dt>
              <dd
                className="font-mono text-4xl font-bold tracking-wider text-cinnabar-700 tabular-nums"
                data-testid="hired-password"
                data-password={hired.password}
              >
                {spaced(hired.password)}
              </dd>
            </div>
          </dl>
          <p className="mt-2 text-base font-medium">{t("passwordOnce")}</p>
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <button
              type="button"
              onClick={() => void copy(`${loginPhone(hired.artisan.phone)} ${hired.password}`)}
              data-testid="hired-copy"
              className="flex min-h-12 flex-1 items-center justify-center gap-2 rounded-full border border-cinnabar-700 px-4 text-base font-medium text-cinnabar-700"
            >
              <KeyIcon size={20} />
              {copied ? t("copied") : t("copy")}
            </button>
            <button
              type="button"
              onClick={() => {
                setHired(null);
                router.refresh();
              }}
              data-testid="hired-done"
              className="min-h-12 flex-1 rounded-full bg-ink px-4 text-base font-semibold text-white"
            >
              {t("done")}
            </button>
          </div>
          <p className="sr-only" aria-live="polite">
            {copied ? t("copied") : ""}
          </p>
        </div>
      ) : null}
      {children}
    </HiredContext.Provider>
  );
}

/**
 * What she can do with one application: the moves the programme allows from where it stands
 * (each with a note, kept in its history), and the hire once she has been talked to or tried.
 */
export function ApplicationActions({ applicationId, status, name, locale }: { applicationId: string; status: ApplicationState; name: string; locale: string }) {
  const t = useTranslations("DeskApplications");
  const [open, setOpen] = useState<ApplicationState | "hire" | null>(null);
  const moves = APPLICATION_STATES.filter((to) => canMoveApplication(status, to));
  const hireable = canHire(status);
  if (!moves.length && !hireable) return null;

  if (open === "hire") return <HireForm applicationId={applicationId} name={name} locale={locale} onCancel={() => setOpen(null)} />;
  if (open) return <MoveForm applicationId={applicationId} to={open} name={name} locale={locale} onCancel={() => setOpen(null)} />;

  return (
    <div className="flex flex-wrap gap-2" data-testid="application-actions">
      {hireable ? (
        <button
          type="button"
          onClick={() => setOpen("hire")}
          data-testid="application-hire-open"
          className="flex min-h-11 items-center gap-1.5 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white"
        >
          <UserIcon size={20} />
          {t("hire")}
        </button>
      ) : null}
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          onClick={() => setOpen(to)}
          data-testid={`application-move-${to}`}
          className="min-h-11 rounded-full border border-gold-400 px-4 text-base hover:bg-gold-100"
        >
          {t(`moveTo.${to}`)}
        </button>
      ))}
    </div>
  );
}

function NoteField({ id, label, error }: { id: string; label: string; error: boolean }) {
  return (
    <div>
      <label htmlFor={`${id}-note`} className="block text-base font-medium">
        {label}
      </label>
      <textarea
        id={`${id}-note`}
        name="note"
        maxLength={MAX_NOTE_LENGTH}
        rows={2}
        data-testid="application-note"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded-lg border border-gold-400 bg-white p-2 text-base"
      />
    </div>
  );
}

function MoveForm({ applicationId, to, name, locale, onCancel }: { applicationId: string; to: ApplicationState; name: string; locale: string; onCancel: () => void }) {
  const t = useTranslations("DeskApplications");
  const [state, action, pending] = useActionState<MoveApplicationState, FormData>(moveApplication, {});
  const id = useId();
  // moved: the list shows it in its new state
  useEffect(() => {
    if (state.ok) onCancel();
  }, [state.ok, onCancel]);
  return (
    <form action={action} className="w-full space-y-3 rounded-lg bg-gold-100 p-3" data-testid="application-move-form">
      <input type="hidden" name="id" value={applicationId} />
      <input type="hidden" name="status" value={to} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-base font-medium">{t("moveConfirm", { name, state: t(`states.${to}`) })}</p>
      <NoteField id={id} label={t("noteLabel")} error={state.error === "note"} />
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-cinnabar-700">
          {t(`errors.${state.error}`, { max: MAX_NOTE_LENGTH })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} data-testid="application-move-send" className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60">
          {t("moveSend")}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded-full border border-gold-400 px-4 text-base">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function HireForm({ applicationId, name, locale, onCancel }: { applicationId: string; name: string; locale: string; onCancel: () => void }) {
  const t = useTranslations("DeskApplications");
  const showHired = useContext(HiredContext);
  const [error, setError] = useState<Extract<HireResult, { ok: false }>["error"] | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  const submit = (formData: FormData) =>
    startTransition(async () => {
      const result = await hireApplication(formData);
      if (result.ok) {
        setError(null);
        showHired(result);
        window.scrollTo({ top: 0, behavior: "smooth" });
      } else {
        setError(result.error);
      }
    });

  return (
    <form action={submit} className="w-full space-y-3 rounded-lg bg-gold-100 p-3" data-testid="application-hire-form">
      <input type="hidden" name="id" value={applicationId} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-base font-medium">{t("hireConfirm", { name })}</p>
      <NoteField id={id} label={t("noteLabel")} error={error === "note"} />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-cinnabar-700" data-testid="application-hire-error" data-error={error}>
          {t(`errors.${error}`, { max: MAX_NOTE_LENGTH })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} data-testid="application-hire-send" className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60">
          {pending ? t("hiring") : t("hireSend")}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded-full border border-gold-400 px-4 text-base">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
