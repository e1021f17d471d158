"use server";

import { isMonth } from "@jinxiu/workshop/domain/calendar";
import { revalidatePath } from "next/cache";
import { isAppLocale, type AppLocale } from "@/i18n/locales";
import { readAskForm } from "@/lib/questions/question-rules";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";

/** Her month's Server Functions: question a line (or say work is missing), confirm the month. */

function localeFrom(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : "zh-CN";
}

const LINE_ID = /^[A-Za-z0-9_]{1,64}$/;
const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

export type AskQuestionState = {
  ok?: boolean;
  error?: "reason" | "note" | "already" | "not_found" | "signed_out" | "unavailable" | "failed";
};

/**
 * Sends her question. The sheet makes one Idempotency-Key when it opens, so a double tap or a
 * resend after a lost answer asks once.
 */
export async function askQuestion(_: AskQuestionState, formData: FormData): Promise<AskQuestionState> {
  const read = readAskForm({ reason: formData.get("reason"), note: formData.get("note") });
  if ("error" in read) return { error: read.error };
  const period = String(formData.get("period") ?? "");
  const line = String(formData.get("ledger_entry_id") ?? "");
  const key = String(formData.get("key") ?? "");
  if (!isMonth(period) || (line && !LINE_ID.test(line)) || !KEY.test(key)) return { error: "not_found" };
  const token = await readSessionToken("artisan");
  if (!token) return { error: "signed_out" };
  try {
    const answer = await callBackend<{ field?: string }>("/artisan/questions", {
      token,
      headers: { "idempotency-key": key },
      body: { period, ...(line ? { ledger_entry_id: line } : {}), reason: read.form.reason, ...(read.form.note ? { note: read.form.note } : {}) },
    });
    if (answer.status === 401) return { error: "signed_out" };
    if (answer.status === 404) return { error: "not_found" };
    if (answer.status === 409) return { error: "already" };
    if (answer.status === 400) return { error: answer.body?.field === "note" ? "note" : answer.body?.field === "reason" ? "reason" : "failed" };
    if (!answer.ok) return { error: "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
  revalidatePath(`/${localeFrom(formData)}/me/month/${period}`);
  return { ok: true };
}

export type ConfirmMonthState = { ok?: boolean; error?: "signed_out" | "unavailable" | "failed" };

/** She confirms the month as right (once; confirming again changes nothing). */
export async function confirmMonth(_: ConfirmMonthState, formData: FormData): Promise<ConfirmMonthState> {
  const period = String(formData.get("period") ?? "");
  if (!isMonth(period)) return { error: "failed" };
  const token = await readSessionToken("artisan");
  if (!token) return { error: "signed_out" };
  try {
    const answer = await callBackend(`/artisan/earnings/${period}/confirm`, { token, body: {} });
    if (answer.status === 401) return { error: "signed_out" };
    if (!answer.ok) return { error: "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
  revalidatePath(`/${localeFrom(formData)}/me/month/${period}`);
  return { ok: true };
}
