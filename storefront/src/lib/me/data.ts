import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { ArtisanPayouts, ArtisanProfile, ArtisanStatements, MonthDetail, MonthTotals, PaySlip } from "@jinxiu/workshop/domain/http";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";

/**
 * The income pages' reads, all through the plugin's /artisan/* routes with the signed-in
 * artisan's token: no route takes an artisan id, so she only ever gets her own money.
 */

function loginPath(locale: AppLocale) {
  return `/${locale}/me/login`;
}

export const requireArtisan = cache(async (locale: AppLocale): Promise<{ token: string; artisan: ArtisanProfile }> => {
  const token = await readSessionToken("artisan");
  if (!token) redirect(loginPath(locale));
  const answer = await callBackend<{ artisan: ArtisanProfile }>("/artisan/me", { token });
  if (answer.status === 401) redirect(loginPath(locale));
  if (!answer.ok) throw new Error(`/artisan/me answered ${answer.status}`);
  return { token, artisan: answer.body.artisan };
});

async function read<T>(locale: AppLocale, token: string, path: string): Promise<T> {
  const answer = await callBackend<T>(path, { token });
  if (answer.status === 401) redirect(loginPath(locale));
  if (!answer.ok) throw new Error(`${path.split("?")[0]} answered ${answer.status}`);
  return answer.body;
}

/** Her monthly totals by kind from `from` to `to` (YYYY-MM), with each month's statement state. */
export async function monthlyEarnings(locale: AppLocale, token: string, from: string, to: string): Promise<MonthTotals[]> {
  const body = await read<{ months: MonthTotals[] }>(locale, token, `/artisan/earnings${queryString({ from, to })}`);
  return body.months;
}

/** Every line of one month. */
export async function monthDetail(locale: AppLocale, token: string, period: string): Promise<MonthDetail> {
  return read<MonthDetail>(locale, token, `/artisan/earnings/${encodeURIComponent(period)}`);
}

/** Her statements, newest month first, each with its pay (payable, paid, owed, state) from the payouts. */
export async function herStatements(locale: AppLocale, token: string): Promise<ArtisanStatements["statements"]> {
  return (await read<ArtisanStatements>(locale, token, "/artisan/statements")).statements;
}

/** Her payouts (a failed one marked), what she is still owed across months and her advances outstanding. */
export async function herPayouts(locale: AppLocale, token: string): Promise<ArtisanPayouts> {
  return read<ArtisanPayouts>(locale, token, "/artisan/payouts");
}

/** One of her statements as a pay slip; null when she has none with that id. */
export async function herSlip(locale: AppLocale, token: string, statementId: string): Promise<PaySlip | null> {
  const path = `/artisan/statements/${encodeURIComponent(statementId)}/slip`;
  const answer = await callBackend<{ slip: PaySlip }>(path, { token });
  if (answer.status === 401) redirect(loginPath(locale));
  if (answer.status === 404) return null;
  if (!answer.ok) throw new Error(`/artisan/statements/:id/slip answered ${answer.status}`);
  return answer.body.slip;
}

type HerSession = { id: string; topic_zh: string; topic_en: string; skill_code: string; date: string; place_zh: string; place_en: string; trainer: string | null };

/**
 * What GET /artisan/me/training answers: the sessions she attended (newest first), the sessions to
 * come she is booked on (soonest first) and the skills she has.
 */
export type HerTraining = {
  training_sessions: HerSession[];
  registered_sessions: HerSession[];
  skills: { code: string; name_zh: string; name_en: string; granted_on: string; session_id: string | null }[];
};

/** Her trainings and skills; null when they can't be read now (her income pages still show). */
export async function herTraining(locale: AppLocale, token: string): Promise<HerTraining | null> {
  const answer = await callBackend<HerTraining>("/artisan/me/training", { token });
  if (answer.status === 401) redirect(loginPath(locale));
  if (!answer.ok || !Array.isArray(answer.body?.training_sessions) || !Array.isArray(answer.body?.skills)) return null;
  // a backend without bookings yet answers without them: nothing coming up
  return { ...answer.body, registered_sessions: Array.isArray(answer.body.registered_sessions) ? answer.body.registered_sessions : [] };
}
