import "server-only";
import { redirect } from "next/navigation";
import type { StatementQuestion } from "@jinxiu/workshop/domain/statement-questions";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString } from "@/lib/session/backend";

/** The questions the women of her workshops asked about their months (the backend narrows them to hers). */
export async function deskQuestions(locale: AppLocale, token: string, status: "open" | "resolved"): Promise<StatementQuestion[]> {
  const path = `/coordinator/questions${queryString({ status, limit: 200 })}`;
  const answer = await callBackend<{ questions: StatementQuestion[] }>(path, { token });
  if (answer.status === 401) redirect(`/${locale}/desk/login`);
  if (!answer.ok) throw new Error(`/coordinator/questions answered ${answer.status}`);
  return answer.body.questions;
}
