import type { CreateNotificationDTO } from "@medusajs/framework/types"
import {
  DEFAULT_NOTICE_LOCALE,
  noticeKey,
  noticeSmsText,
  roundMoney,
  type NoticeKind,
  type NoticeLocale,
  type NoticeParams,
} from "../../domain"

/** Who a notice goes to: her id (the in-app notice), and for a woman her mobile (the text message). */
export type NoticeRecipient = { id: string; phone?: string | null; locale?: NoticeLocale | null }

/** What happened: the event, the id it carried, and what the notice is about. */
export type NoticeEvent = {
  event: string
  id: string
  kind: NoticeKind
  params: NoticeParams
  resource: { type: string; id: string }
}

/** Only the params that are set, so a notice's data holds what it says and nothing empty. */
function setParams(params: NoticeParams): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null))
}

function base(what: NoticeEvent, to: NoticeRecipient) {
  return {
    template: what.kind,
    trigger_type: what.event,
    resource_type: what.resource.type,
    resource_id: what.resource.id,
    receiver_id: to.id,
  }
}

/** The in-app notice (channel `feed`): addressed to her id, read by her notices list. */
export function feedNotice(what: NoticeEvent, to: NoticeRecipient): CreateNotificationDTO {
  return {
    ...base(what, to),
    to: to.id,
    channel: "feed",
    data: setParams(what.params),
    idempotency_key: noticeKey(what.event, what.id, to.id, "feed"),
  }
}

/**
 * The text message (channel `sms`) to her mobile, in her language (zh-CN when she has none): the
 * text itself for a gateway that takes text, the kind and params for one that takes a template.
 */
export function smsNotice(what: NoticeEvent, to: NoticeRecipient): CreateNotificationDTO | null {
  if (!to.phone) return null
  const locale = to.locale ?? DEFAULT_NOTICE_LOCALE
  return {
    ...base(what, to),
    to: to.phone,
    channel: "sms",
    data: { ...setParams(what.params), locale, text: noticeSmsText(what.kind, what.params, locale) },
    idempotency_key: noticeKey(what.event, what.id, to.id, "sms"),
  }
}

/** Her notices of one event: in the app, and by text message when she has a mobile. */
export function artisanNotices(what: NoticeEvent, to: NoticeRecipient): CreateNotificationDTO[] {
  const sms = smsNotice(what, to)
  return sms ? [feedNotice(what, to), sms] : [feedNotice(what, to)]
}

/** A money value as the module answers it (`raw_<field>` exact, else the number) written as Money. */
export function moneyOf(raw: { value?: string | number } | null | undefined, plain: unknown): string {
  const value = raw?.value ?? plain
  return roundMoney(typeof value === "number" || typeof value === "string" ? value : 0)
}
