import { todayInChina } from "@jinxiu/workshop/domain/calendar";
import { formatMoney } from "@jinxiu/workshop/domain/money";
import { type Notice } from "@jinxiu/workshop/domain/notices";
import { formatDay, formatMonth } from "@/lib/desk/date-format";

/**
 * How a notice is shown, the same on her income pages and on the desk: which message, with which
 * words (the month, short: "11月", the method, who asked), the amount as one big number, the day it came (in
 * China), and where tapping it goes.
 */

export type NoticeAudience = "me" | "desk";

export type NoticeView = {
  id: string;
  /** the message key under `Notices.kinds` */
  kind: Notice["kind"];
  /** the message's words; `method` is a key under `Notices.methods` (the caller translates it) */
  values: { month: string; name: string; method: string };
  /** "¥1,234.50", or null when the notice carries no amount */
  amount: string | null;
  /** "11月30日" / "Nov 30" */
  day: string;
  href: string | null;
  unread: boolean;
};

export function noticeView(notice: Notice, locale: string, audience: NoticeAudience): NoticeView {
  return {
    id: notice.id,
    kind: notice.kind,
    values: {
      month: notice.period ? formatMonth(notice.period, locale, "short") : "",
      name: notice.artisan_name ?? "",
      method: notice.method ?? "",
    },
    amount: notice.amount != null ? formatMoney(notice.amount, locale) : null,
    day: formatDay(todayInChina(new Date(notice.created_at)), locale, false),
    href: noticeHref(notice, audience),
    unread: !notice.read,
  };
}

/** Where a notice leads: her month (its pay and questions are there), or the desk's questions or applications. */
export function noticeHref(notice: Pick<Notice, "kind" | "period">, audience: NoticeAudience): string | null {
  if (audience === "desk") {
    if (notice.kind === "question_opened") return "/desk/questions";
    return notice.kind === "application_new" ? "/desk/applications" : null;
  }
  return notice.period && /^\d{4}-\d{2}$/.test(notice.period) ? `/me/month/${notice.period}` : null;
}

/** The badge's text: nothing at 0, the count up to 99, then "99+". */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return "";
  return count > 99 ? "99+" : String(Math.floor(count));
}

/** The id list a page may ask to mark read: ids by their shape, at most 100 (the route's cap). */
export function readableIds(ids: unknown): string[] {
  if (!Array.isArray(ids)) return [];
  return ids.filter((id): id is string => typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id)).slice(0, 100);
}

/** `?offset=` of a notices page: a whole number from 0 (at most 6 digits), else 0. */
export function offsetParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,6}$/.test(text) ? Number(text) : 0;
}
