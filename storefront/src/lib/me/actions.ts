"use server";

import { newPasswordProblem } from "@jinxiu/workshop/domain/passwords";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isAppLocale, type AppLocale } from "@/i18n/locales";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { throttledMinutes } from "@/lib/session/login-throttle";
import { clearSessionToken, loginForwardingHeaders, readSessionToken, rememberThisBrowser, writeSessionToken } from "@/lib/session/server";
import { tokenActorType } from "@/lib/session/token";
import { readGoal, type GoalProblem } from "./goal";

/** The income pages' Server Functions: sign in, sign out, set her goal, change her password. */

function localeFrom(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : "zh-CN";
}

export type MeLoginState = {
  error?: "missing" | "invalid" | "unavailable" | "too_many_attempts" | (string & {});
  phone?: string;
  /** with "too_many_attempts": whole minutes to wait */
  retryMinutes?: number;
};

export async function loginArtisan(_: MeLoginState, formData: FormData): Promise<MeLoginState> {
  const locale = localeFrom(formData);
  const phone = String(formData.get("phone") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!phone || !password) return { error: "missing", phone };
  try {
    const login = await callBackend<{ token?: string }>("/auth/artisan/phone", {
      body: { phone, password },
      headers: await loginForwardingHeaders(),
    });
    const retryMinutes = throttledMinutes(login);
    if (retryMinutes) return { error: "too_many_attempts", retryMinutes, phone };
    const token = login.body?.token;
    if (!login.ok || !token || tokenActorType(token) !== "artisan") return { error: "invalid", phone };
    const me = await callBackend("/artisan/me", { token });
    if (!me.ok) return { error: me.status >= 500 ? "unavailable" : "invalid", phone };
    await writeSessionToken("artisan", token);
    await rememberThisBrowser();
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable", phone };
    throw error;
  }
  redirect(`/${locale}/me`);
}

export async function logoutArtisan(formData: FormData): Promise<void> {
  await clearSessionToken("artisan");
  redirect(`/${localeFrom(formData)}/me/login`);
}

export type GoalState = {
  ok?: boolean;
  /** the goal was cleared (left empty, or 0) */
  cleared?: boolean;
  error?: GoalProblem | "signed_out" | "unavailable" | "failed";
  value?: string;
};

/** Her monthly goal in yuan (empty or 0 clears it). */
export async function setGoal(_: GoalState, formData: FormData): Promise<GoalState> {
  const value = String(formData.get("goal") ?? "");
  const read = readGoal(value);
  if ("problem" in read) return { error: read.problem, value };
  const goal = read.goal;
  const token = await readSessionToken("artisan");
  if (!token) return { error: "signed_out", value };
  try {
    const answer = await callBackend("/artisan/me/goal", { token, body: { monthly_goal: goal } });
    if (answer.status === 401) return { error: "signed_out", value };
    if (answer.status === 400) return { error: "invalid", value };
    if (!answer.ok) return { error: "failed", value };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable", value };
    throw error;
  }
  revalidatePath(`/${localeFrom(formData)}/me`, "layout");
  return { ok: true, value, ...(goal === null ? { cleared: true } : {}) };
}

export type PasswordState = {
  ok?: boolean;
  error?: "missing" | "wrong_current" | "too_short" | "blank_edges" | "mismatch" | "signed_out" | "unavailable" | "failed";
};

export async function changePassword(_: PasswordState, formData: FormData): Promise<PasswordState> {
  const current = String(formData.get("current_password") ?? "");
  const next = String(formData.get("new_password") ?? "");
  const repeat = String(formData.get("repeat_password") ?? "");
  if (!current || !next) return { error: "missing" };
  const problem = newPasswordProblem(next);
  if (problem === "blank_edges" || problem === "too_short") return { error: problem };
  if (problem === "too_long") return { error: "failed" };
  if (next !== repeat) return { error: "mismatch" };
  const token = await readSessionToken("artisan");
  if (!token) return { error: "signed_out" };
  try {
    const answer = await callBackend<{ message?: string }>("/artisan/me/password", {
      token,
      body: { current_password: current, new_password: next },
    });
    if (answer.status === 401) return { error: "signed_out" };
    if (answer.status === 400) {
      const message = String(answer.body?.message ?? "");
      if (message.startsWith("current_password")) return { error: "wrong_current" };
      if (message.includes("new_password")) return { error: "too_short" };
      return { error: "failed" };
    }
    if (!answer.ok) return { error: "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
  return { ok: true };
}
