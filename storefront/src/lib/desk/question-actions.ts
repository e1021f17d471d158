"use server";

import { revalidatePath } from "next/cache";
import { isAppLocale, type AppLocale } from "@/i18n/locales";
import { readResolveForm } from "@/lib/questions/question-rules";
import { BackendUnreachableError, callBackend } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";

function localeFrom(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : "zh-CN";
}

export type ResolveQuestionState = {
  ok?: boolean;
  error?: "note" | "amount" | "nothing" | "already" | "reversed" | "not_reversible" | "not_found" | "signed_out" | "unavailable" | "failed";
};

/**
 * Resolves a woman's question from the desk: an answer, or a correction (the line reversed and/or
 * an amount posted). Resolving one already resolved changes nothing (the backend answers 409).
 */
export async function resolveQuestion(_: ResolveQuestionState, formData: FormData): Promise<ResolveQuestionState> {
  const read = readResolveForm({
    resolution: formData.get("resolution"),
    note: formData.get("note"),
    reverse: formData.get("reverse"),
    adjustment_kind: formData.get("adjustment_kind"),
    amount: formData.get("amount"),
  });
  if ("error" in read) return { error: read.error };
  const id = String(formData.get("id") ?? "");
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) return { error: "not_found" };
  const token = await readSessionToken("coordinator");
  if (!token) return { error: "signed_out" };
  try {
    const answer = await callBackend<{ field?: string }>(`/coordinator/questions/${id}/resolve`, { token, body: read.body });
    if (answer.status === 401) return { error: "signed_out" };
    if (answer.status === 404) return { error: "not_found" };
    if (answer.status === 409) {
      // resolved meanwhile (another tab, the staff): show the list as it is now
      revalidatePath(`/${localeFrom(formData)}/desk/questions`);
      return { error: answer.body?.field === "reverse_entry" ? "reversed" : "already" };
    }
    if (answer.status === 400) {
      const field = answer.body?.field ?? "";
      return { error: field === "reverse_entry" ? "not_reversible" : field.startsWith("adjustment") ? "amount" : field === "note" ? "note" : "failed" };
    }
    if (!answer.ok) return { error: "failed" };
  } catch (error) {
    if (error instanceof BackendUnreachableError) return { error: "unavailable" };
    throw error;
  }
  revalidatePath(`/${localeFrom(formData)}/desk`, "layout");
  return { ok: true };
}
