import "server-only";
import { redirect } from "next/navigation";
import type { ApplicationState } from "@jinxiu/workshop/domain/programme";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString } from "@/lib/session/backend";

/** One move of an application (or its hire), as GET /coordinator/applications gives its history: oldest first. */
export type ApplicationMove = { from_status: ApplicationState | null; to_status: ApplicationState; note: string | null; actor_id: string; created_at: string };

/** An application to an opening of her workshops (the status link's hash is never read out). */
export type DeskApplication = {
  id: string;
  opening_id: string;
  workshop_id: string;
  opening_title_zh: string;
  opening_title_en: string;
  name: string;
  phone: string;
  town: string;
  availability: string;
  childcare_needs: string | null;
  locale: string;
  status: ApplicationState;
  artisan_id: string | null;
  created_at: string;
  updated_at: string;
  history: ApplicationMove[];
};

/** The most the list route gives at once. */
export const APPLICATIONS_PAGE = 500;

/** The applications to her workshops' openings, newest first (the backend narrows them to hers). */
export async function deskApplications(locale: AppLocale, token: string): Promise<{ applications: DeskApplication[]; count: number }> {
  const path = `/coordinator/applications${queryString({ limit: APPLICATIONS_PAGE })}`;
  const answer = await callBackend<{ applications: DeskApplication[]; count: number }>(path, { token });
  if (answer.status === 401) redirect(`/${locale}/desk/login`);
  if (!answer.ok) throw new Error(`/coordinator/applications answered ${answer.status}`);
  return { applications: answer.body.applications, count: answer.body.count };
}
