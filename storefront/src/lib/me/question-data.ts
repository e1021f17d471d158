import "server-only";
import { redirect } from "next/navigation";
import type { StatementConfirmation, StatementQuestion } from "@jinxiu/workshop/domain/statement-questions";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString } from "@/lib/session/backend";

export type HerMonthQuestions = { questions: StatementQuestion[]; confirmation: StatementConfirmation | null };

/** Her questions about one month (each with its state and answer) and her confirmation of it. */
export async function herMonthQuestions(locale: AppLocale, token: string, period: string): Promise<HerMonthQuestions> {
  const answer = await callBackend<HerMonthQuestions>(`/artisan/questions${queryString({ period })}`, { token });
  if (answer.status === 401) redirect(`/${locale}/me/login`);
  if (!answer.ok) throw new Error(`/artisan/questions answered ${answer.status}`);
  return answer.body;
}
