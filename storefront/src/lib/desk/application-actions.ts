"use server";

import { MAX_NOTE_LENGTH } from "@jinxiu/workshop/domain/limits";
import { APPLICATION_STATES, type ApplicationState } from "@jinxiu/workshop/domain/programme";
import { revalidatePath } from "next/cache";
import { isAppLocale, type AppLocale } from "@/i18n/locales";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";

/** The desk's Server Functions for the applications to her workshops' openings: a move with a note, and the hire. */

function localeFrom(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : "zh-CN";
}

const APPLICATION_ID = /^[A-Za-z0-9_]{1,64}$/;

/** The note of a move or a hire: trimmed, empty is none; too long is an error naming the note. */
function readNote(formData: FormData): { note: string | null } | { error: "note" } {
  const note = String(formData.get("note") ?? "").trim();
  if ([...note].length > MAX_NOTE_LENGTH) return { error: "note" };
  return { note: note || null };
}

export type MoveApplicationState = {
  ok?: boolean;
  error?: "note" | "not_allowed" | "not_found" | "signed_out" | "unavailable" | "failed";
};

/** Moves an application to another state (only the moves the programme allows; `hired` only through the hire). */
export async function moveApplication(_: MoveApplicationState, formData: FormData): Promise<MoveApplicationState> {
  const id = String(formData.get("id") ?? "");
  const status = String(formData.get("status") ?? "");
  if (!APPLICATION_ID.test(id)) return { error: "not_found" };
  if (!(APPLICATION_STATES as readonly string[]).includes(status) || status === "hired") return { error: "not_allowed" };
  const read = readNote(formData);
  if ("error" in read) return { error: read.error };
  const token = await readSessionToken("coordinator");
  if (!token) return { error: "signed_out" };
  try {
    const answer = await callBackend<{ message?: string }>(`/coordinator/applications/${id}/move`, {
      token,
      body: { status: status as ApplicationState, note: read.note },
    });
    if (answer.status === 401) return { error: "signed_out" };
    if (answer.status === 404) return { error: "not_found" };
    if (answer.status === 400) {
      // moved meanwhile (another tab, the staff): show the list as it is now
      revalidatePath(`/${localeFrom(formData)}/desk/applications`);
      return { error: answer.body?.message?.startsWith("note") ? "note" : "not_allowed" };
    }
    if (!answer.ok) return { error: "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
  revalidatePath(`/${localeFrom(formData)}/desk`, "layout");
  return { ok: true };
}

export type HireResult =
  | {
      ok: true;
      /** her artisan record: the phone she logs in with */
      artisan: { id: string; display_name: string; phone: string };
      /** her first password, shown once on the desk to read out or write down */
      password: string;
    }
  | { ok: false; error: "note" | "already_hired" | "not_hireable" | "phone_taken" | "not_found" | "signed_out" | "unavailable" | "failed" };

/**
 * Hires her from her application: the backend creates her artisan record in the opening's
 * workshop, her phone as her login, and a password of digits that comes back once, for this
 * screen only. Hired already (another click, another desk): says so, without a password.
 */
export async function hireApplication(formData: FormData): Promise<HireResult> {
  const id = String(formData.get("id") ?? "");
  if (!APPLICATION_ID.test(id)) return { ok: false, error: "not_found" };
  const read = readNote(formData);
  if ("error" in read) return { ok: false, error: read.error };
  const token = await readSessionToken("coordinator");
  if (!token) return { ok: false, error: "signed_out" };
  const locale = localeFrom(formData);
  try {
    const answer = await callBackend<{ artisan?: { id?: unknown; display_name?: unknown; phone?: unknown }; password?: unknown; message?: string; code?: string }>(
      `/coordinator/applications/${id}/hire`,
      { token, body: { note: read.note } }
    );
    if (answer.status === 401) return { ok: false, error: "signed_out" };
    if (answer.status === 404) return { ok: false, error: "not_found" };
    if (answer.status === 409) {
      revalidatePath(`/${locale}/desk`, "layout");
      return { ok: false, error: "already_hired" };
    }
    if (answer.status === 400) {
      // the backend's code says why (phone_taken, not_hireable); a refused note names its field
      const code = answer.body?.code;
      if (code === "phone_taken" || code === "not_hireable") return { ok: false, error: code };
      const message = answer.body?.message ?? "";
      return { ok: false, error: message.startsWith("note") ? "note" : "not_hireable" };
    }
    const artisan = answer.body?.artisan;
    if (
      answer.status !== 201 ||
      typeof answer.body?.password !== "string" ||
      typeof artisan?.id !== "string" ||
      typeof artisan.phone !== "string" ||
      typeof artisan.display_name !== "string"
    ) {
      return { ok: false, error: "failed" };
    }
    // she is on the desk's list of women from now on
    revalidatePath(`/${locale}/desk`, "layout");
    return { ok: true, artisan: { id: artisan.id, display_name: artisan.display_name, phone: artisan.phone }, password: answer.body.password };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { ok: false, error: "unavailable" };
    throw error;
  }
}
