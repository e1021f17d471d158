import "server-only";
import { redirect } from "next/navigation";
import type { AppLocale } from "@/i18n/locales";
import { callBackend, queryString } from "@/lib/session/backend";
import type { DeskRegistration } from "./registrations";

/**
 * A training session of her workshops (or open to every workshop: `workshop_id` null), with the
 * women of hers who attended and those of hers (women and applicants) booked on it.
 */
export type DeskTrainingSession = {
  id: string;
  topic_zh: string;
  topic_en: string;
  skill_code: string;
  /** YYYY-MM-DD */
  date: string;
  place_zh: string;
  place_en: string;
  trainer: string | null;
  workshop_id: string | null;
  village_zh: string | null;
  village_en: string | null;
  capacity: number;
  attendance: { artisan_id: string; recorded_at: string }[];
  /** oldest first; only her workshops' women and her openings' applicants */
  registrations: DeskRegistration[];
};

/** The training sessions she may take attendance at, newest first (the backend narrows them to hers). */
export async function deskTrainingSessions(locale: AppLocale, token: string): Promise<{ sessions: DeskTrainingSession[]; count: number }> {
  const answer = await callBackend<{ training_sessions: DeskTrainingSession[]; count: number }>(
    `/coordinator/training-sessions${queryString({ limit: 100 })}`,
    { token }
  );
  if (answer.status === 401) redirect(`/${locale}/desk/login`);
  if (!answer.ok) throw new Error(`/coordinator/training-sessions answered ${answer.status}`);
  return { sessions: answer.body.training_sessions, count: answer.body.count };
}
