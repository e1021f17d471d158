"use server";

import { revalidatePath } from "next/cache";
import { isMonth } from "@jinxiu/workshop/domain/calendar";
import { checkReversalReason } from "./reversal-reason";
import { correctionWords } from "./correction-text";
import type { LateCorrection } from "./corrections";
import { redirect } from "next/navigation";
import { isAppLocale, type AppLocale } from "@/i18n/locales";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { throttledMinutes } from "@/lib/session/login-throttle";
import { clearSessionToken, loginForwardingHeaders, readSessionToken, rememberThisBrowser, writeSessionToken } from "@/lib/session/server";
import { tokenActorType } from "@/lib/session/token";

/** The desk's Server Functions: sign in, sign out, reverse an entry. */

export type LoginState = {
  error?: "missing" | "invalid" | "unavailable" | "too_many_attempts" | (string & {});
  email?: string;
  /** with "too_many_attempts": whole minutes to wait */
  retryMinutes?: number;
};

function localeFrom(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : "zh-CN";
}

export async function loginCoordinator(_: LoginState, formData: FormData): Promise<LoginState> {
  const locale = localeFrom(formData);
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { error: "missing", email };
  try {
    const login = await callBackend<{ token?: string }>("/auth/coordinator/emailpass", {
      body: { email, password },
      headers: await loginForwardingHeaders(),
    });
    const retryMinutes = throttledMinutes(login);
    if (retryMinutes) return { error: "too_many_attempts", retryMinutes, email };
    const token = login.body?.token;
    if (!login.ok || !token || tokenActorType(token) !== "coordinator") return { error: "invalid", email };
    // A login that isn't (or is no longer) a coordinator gets no desk.
    const me = await callBackend("/coordinator/me", { token });
    if (!me.ok) return { error: me.status >= 500 ? "unavailable" : "invalid", email };
    await writeSessionToken("coordinator", token);
    await rememberThisBrowser();
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable", email };
    throw error;
  }
  redirect(`/${locale}/desk`);
}

export async function logoutCoordinator(formData: FormData): Promise<void> {
  await clearSessionToken("coordinator");
  redirect(`/${localeFrom(formData)}/desk/login`);
}

export type ReverseState = {
  ok?: boolean;
  error?: "reason" | "reason_too_long" | "not_found" | "already" | "signed_out" | "unavailable" | "failed" | "confirm";
  /** the entry's month is closed or paid: where the correction would land, in words, to confirm */
  late?: LateCorrectionAsk;
};

export type LateCorrectionAsk = { period: string; note: string; confirm: string };

type ReverseRefusal = { code?: string; original_period?: string; original_status?: string; period?: string; amount?: string };

/**
 * Reverses one entry with a reason. When its month is closed or paid, the backend makes the
 * correction only once `confirm_period` names the month the money comes off; the page says that
 * month beforehand, and if the month closed meanwhile the answer asks again with the new one.
 */
export async function reverseWorkEntry(_: ReverseState, formData: FormData): Promise<ReverseState> {
  const id = String(formData.get("id") ?? "");
  const reason = String(formData.get("reason") ?? "").trim();
  const confirmPeriod = String(formData.get("confirm_period") ?? "");
  const reasonProblem = checkReversalReason(reason);
  if (reasonProblem) return { error: reasonProblem };
  if (!/^[A-Za-z0-9_]+$/.test(id)) return { error: "not_found" };
  const token = await readSessionToken("coordinator");
  if (!token) return { error: "signed_out" };
  try {
    const body = isMonth(confirmPeriod) ? { reason, confirm_period: confirmPeriod } : { reason };
    const answer = await callBackend<ReverseRefusal>(`/coordinator/work-entries/${id}/reverse`, { token, body });
    if (answer.status === 401) return { error: "signed_out" };
    if (answer.status === 404) return { error: "not_found" };
    if (answer.status === 409 && answer.body?.code === "correction_needs_confirmation") {
      const late = lateOfRefusal(answer.body);
      if (!late) return { error: "failed" };
      const words = await correctionWords(localeFrom(formData));
      return { error: "confirm", late: { period: late.period, note: words.late(late), confirm: words.confirmLate(late) } };
    }
    if (answer.status === 409) return { error: "already" };
    if (!answer.ok) return { error: answer.status === 400 ? "reason" : "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
  revalidatePath(`/${localeFrom(formData)}/desk`, "layout");
  return { ok: true };
}

function lateOfRefusal(body: ReverseRefusal): LateCorrection | null {
  const { original_period, original_status, period, amount } = body;
  if (!isMonth(original_period ?? "") || !isMonth(period ?? "") || (original_status !== "closed" && original_status !== "paid") || typeof amount !== "string") return null;
  return { original_period: original_period!, original_status, period: period!, amount };
}

export type ResetPasswordState = {
  /** the new password, shown once on the desk to read out or write down */
  password?: string;
  error?: "not_found" | "signed_out" | "unavailable" | "failed";
};

/**
 * A woman of her workshop forgot her password or locked her login: the backend gives her a new
 * one (digits) and lifts the lock. The password comes back once, for this screen only.
 */
export async function resetArtisanPassword(_: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const id = String(formData.get("artisan_id") ?? "");
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) return { error: "not_found" };
  const token = await readSessionToken("coordinator");
  if (!token) return { error: "signed_out" };
  try {
    const answer = await callBackend<{ password?: unknown }>(`/coordinator/artisans/${id}/reset-password`, { token, body: {} });
    if (answer.status === 401) return { error: "signed_out" };
    if (answer.status === 404) return { error: "not_found" };
    if (!answer.ok || typeof answer.body?.password !== "string") return { error: "failed" };
    return { password: answer.body.password };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
}
