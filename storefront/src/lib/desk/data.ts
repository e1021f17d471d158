import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { ArtisanMonthForDesk, Coordinator, CoordinatorArtisan, CoordinatorStatements, DaySummary, MonthSummary, PaySlip, PieceType, WorkEntry } from "@jinxiu/workshop/domain/http";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString, type BackendAnswer } from "@/lib/session/backend";
import { readSessionToken } from "@/lib/session/server";

/**
 * The desk's reads, all through the plugin's /coordinator/* routes with the signed-in
 * coordinator's token. The backend narrows everything to her workshops.
 */

export class DeskSessionExpired extends Error {}

function loginPath(locale: AppLocale) {
  return `/${locale}/desk/login`;
}

/** Her token and profile, or a redirect to the desk's login (once per request). */
export const requireCoordinator = cache(async (locale: AppLocale): Promise<{ token: string; coordinator: Coordinator }> => {
  const token = await readSessionToken("coordinator");
  if (!token) redirect(loginPath(locale));
  const answer = await callBackend<{ coordinator: Coordinator }>("/coordinator/me", { token });
  if (answer.status === 401) redirect(loginPath(locale));
  ensureOk(answer, "/coordinator/me");
  return { token, coordinator: answer.body.coordinator };
});

function ensureOk(answer: BackendAnswer, what: string) {
  if (!answer.ok) throw new Error(`${what} answered ${answer.status}`);
}

/** Reads a coordinator route; a 401 (token expired meanwhile) sends her to the login. */
async function read<T>(locale: AppLocale, token: string, path: string): Promise<T> {
  const answer = await callBackend<T>(path, { token });
  if (answer.status === 401) redirect(loginPath(locale));
  ensureOk(answer, path.split("?")[0]);
  return answer.body;
}

export async function listArtisans(locale: AppLocale, token: string): Promise<CoordinatorArtisan[]> {
  const body = await read<{ artisans: CoordinatorArtisan[] }>(locale, token, `/coordinator/artisans${queryString({ limit: 500 })}`);
  return body.artisans;
}

export async function listPieceTypes(locale: AppLocale, token: string): Promise<PieceType[]> {
  const body = await read<{ piece_types: PieceType[] }>(locale, token, `/coordinator/piece-types${queryString({ limit: 500 })}`);
  return body.piece_types;
}

export type EntryFilter = { date?: string; from?: string; to?: string; artisan_id?: string };

/** Entries of her workshops, newest day first (up to 500; `count` says how many there are in all). */
export async function listWorkEntries(
  locale: AppLocale,
  token: string,
  filter: EntryFilter
): Promise<{ entries: WorkEntry[]; count: number }> {
  const body = await read<{ work_entries: WorkEntry[]; count: number }>(
    locale,
    token,
    `/coordinator/work-entries${queryString({ ...filter, limit: 500 })}`
  );
  return { entries: body.work_entries, count: body.count };
}

export async function monthSummary(locale: AppLocale, token: string, month: string): Promise<MonthSummary> {
  return read<MonthSummary>(locale, token, `/coordinator/summary${queryString({ month })}`);
}

/**
 * One woman's month from the ledger, exactly as her own income page reads it (totals by kind, each
 * line, corrections naming what they correct), so the desk and her page can't disagree.
 */
export async function artisanMonth(locale: AppLocale, token: string, artisanId: string, month: string): Promise<ArtisanMonthForDesk> {
  return read<ArtisanMonthForDesk>(locale, token, `/coordinator/artisans/${encodeURIComponent(artisanId)}/earnings/${month}`);
}

/**
 * What each woman of her workshops made on `date`, added up by the backend from all that day's
 * entries (reversed ones left out), however many there are.
 */
export async function daySummary(locale: AppLocale, token: string, date: string): Promise<DaySummary> {
  return read<DaySummary>(locale, token, `/coordinator/day-summary${queryString({ date })}`);
}

/** The statements of her workshops for a closed month (none while it is open), each with its pay state. */
export async function workshopStatements(locale: AppLocale, token: string, period: string): Promise<CoordinatorStatements["statements"]> {
  return (await read<CoordinatorStatements>(locale, token, `/coordinator/statements${queryString({ period })}`)).statements;
}

/** The pay slip of a statement of her workshops; null when there is none with that id in them. */
export async function deskSlip(locale: AppLocale, token: string, statementId: string): Promise<PaySlip | null> {
  const answer = await callBackend<{ slip: PaySlip }>(`/coordinator/statements/${encodeURIComponent(statementId)}/slip`, { token });
  if (answer.status === 401) redirect(loginPath(locale));
  if (answer.status === 404) return null;
  ensureOk(answer, "/coordinator/statements/:id/slip");
  return answer.body.slip;
}
