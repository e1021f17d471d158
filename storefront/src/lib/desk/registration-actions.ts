"use server";

import { MAX_TRAINING_CAPACITY } from "@jinxiu/workshop/domain/limits";
import { revalidatePath } from "next/cache";
import { isAppLocale } from "@/i18n/locales";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";
import { cleanIds, REGISTRATION_ID, registrationRefusal, type RegistrationError } from "./registrations";

/**
 * The desk's Server Functions for places at a training session to come: booking her women and
 * applicants, and cancelling a booking. Online only: when the backend can't be reached she is told
 * so, and her choice stays on screen to send again.
 */

export type RegisterResult = { ok: true; /** how many were booked now (0: all were booked already) */ added: number } | { ok: false; error: RegistrationError };

function sessionPage(locale: unknown): string {
  return `/${isAppLocale(locale) ? locale : "zh-CN"}/desk/training`;
}

/** Books places at the session for her women (`artisanIds`) and applicants (`applicationIds`). */
export async function registerForSession(input: { locale: string; sessionId: string; artisanIds?: string[]; applicationIds?: string[] }): Promise<RegisterResult> {
  const sessionId = String(input?.sessionId ?? "");
  if (!REGISTRATION_ID.test(sessionId)) return { ok: false, error: { code: "not_found", field: "session_id" } };
  const artisanIds = cleanIds(input.artisanIds, MAX_TRAINING_CAPACITY);
  if (!artisanIds) return { ok: false, error: { code: "not_found", field: "artisan_ids" } };
  const applicationIds = cleanIds(input.applicationIds, MAX_TRAINING_CAPACITY);
  if (!applicationIds) return { ok: false, error: { code: "not_found", field: "application_ids" } };
  if (!artisanIds.length && !applicationIds.length) return { ok: false, error: { code: "nobody" } };
  const token = await readSessionToken("coordinator");
  if (!token) return { ok: false, error: { code: "signed_out" } };
  let added = 0;
  try {
    const answer = await callBackend<{ registrations?: unknown[] }>(`/coordinator/training-sessions/${encodeURIComponent(sessionId)}/registrations`, {
      token,
      body: { ...(artisanIds.length ? { artisan_ids: artisanIds } : {}), ...(applicationIds.length ? { application_ids: applicationIds } : {}) },
    });
    const refusal = registrationRefusal(answer.status, answer.body);
    // full or past: what she sees may be out of date (another desk booked, the day came)
    if (refusal?.code !== "signed_out") revalidatePath(sessionPage(input.locale));
    if (refusal) return { ok: false, error: refusal };
    added = answer.status === 201 ? artisanIds.length + applicationIds.length : 0;
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { ok: false, error: { code: "unavailable" } };
    throw error;
  }
  return { ok: true, added };
}

export type CancelResult = { ok: true } | { ok: false; error: "not_found" | "signed_out" | "unavailable" | "failed" };

/** Cancels one booking (the place is free again). */
export async function cancelRegistration(input: { locale: string; sessionId: string; registrationId: string }): Promise<CancelResult> {
  const sessionId = String(input?.sessionId ?? "");
  const registrationId = String(input?.registrationId ?? "");
  if (!REGISTRATION_ID.test(sessionId) || !REGISTRATION_ID.test(registrationId)) return { ok: false, error: "not_found" };
  const token = await readSessionToken("coordinator");
  if (!token) return { ok: false, error: "signed_out" };
  try {
    const answer = await callBackend(
      `/coordinator/training-sessions/${encodeURIComponent(sessionId)}/registrations/${encodeURIComponent(registrationId)}`,
      { token, method: "DELETE" }
    );
    if (answer.status === 401) return { ok: false, error: "signed_out" };
    // cancelled already (another desk): the list shows it gone
    revalidatePath(sessionPage(input.locale));
    if (answer.status === 404) return { ok: false, error: "not_found" };
    if (!answer.ok) return { ok: false, error: "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { ok: false, error: "unavailable" };
    throw error;
  }
  return { ok: true };
}
