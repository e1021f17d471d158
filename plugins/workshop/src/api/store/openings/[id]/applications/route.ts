import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { WorkshopEvents } from "../../../../../lib/events"
import { notifyApplicant } from "../../../../../lib/notices/notify"
import { WORKSHOP_MODULE } from "../../../../../modules/workshop"
import type { WorkshopModuleService } from "../../../../../modules/workshop/service"
import { applicantAddress } from "../../client-address"
import type { StoreApplyToOpeningType } from "../../validators"

/**
 * POST /store/openings/:id/applications: a woman applies, without an account. 201 with her
 * application and her status link's token (given only here); 200 when this phone had applied to
 * this opening already (that application is updated, and a new token replaces the old one). 429
 * with Retry-After when the phone or the address has applied too often; 404 when the opening is
 * not open. She is sent a text in her language with her status link, and the workshop's
 * coordinators are told (`workshop.application.received`).
 */
export const POST = async (req: MedusaRequest<StoreApplyToOpeningType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const result = await service.applyToOpening({
    opening_id: req.params.id,
    name: body.name,
    phone: body.phone,
    town: body.town,
    availability: body.availability,
    childcare_needs: body.childcare_needs?.trim() ? body.childcare_needs.trim() : null,
    consent: true,
    locale: body.locale ?? "zh-CN",
    address: applicantAddress(req),
  })
  if (result.kind === "not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Opening ${req.params.id} was not found or is closed`)
  }
  if (result.kind === "throttled") {
    const minutes = Math.max(1, Math.ceil(result.retry_after_seconds / 60))
    res.setHeader("Retry-After", String(result.retry_after_seconds))
    res.status(429).json({
      type: "too_many_attempts",
      reason: result.by === "phone" ? "apply_phone_limit" : "apply_address_limit",
      message: `申请次数过多，请 ${minutes} 分钟后再试 / Too many applications: try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
      retry_after_seconds: result.retry_after_seconds,
    })
    return
  }
  const locale = body.locale ?? "zh-CN"
  const { data: openings } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "opening", fields: ["title_zh", "title_en"], filters: { id: req.params.id } })
  await notifyApplicant(req.scope, {
    application_id: result.application_id,
    phone: body.phone,
    locale,
    opening_title: ((locale === "en" ? openings[0]?.title_en : openings[0]?.title_zh) as string | undefined) ?? null,
    token: result.token,
  })
  await req.scope.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name: WorkshopEvents.APPLICATION_RECEIVED, data: { id: result.application_id } })
  res.status(result.created ? 201 : 200).json({
    application: { id: result.application_id, opening_id: req.params.id, status: result.status, locale: body.locale ?? "zh-CN" },
    status_token: result.token,
  })
}
