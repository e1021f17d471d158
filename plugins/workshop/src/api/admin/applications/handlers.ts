import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { WorkshopEvents } from "../../../lib/events"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { hireApplicationWorkflow } from "../../../workflows/hire-application"
import type { HireApplicationType, ListApplicationsType, MoveApplicationType } from "./validators"

/**
 * The applications' routes, shared by the staff (every workshop: `workshopIds` undefined) and a
 * coordinator (her workshops only; anything else is a 404, as if it did not exist).
 */

export async function listApplicationsFor(req: AuthenticatedMedusaRequest, res: MedusaResponse, workshopIds: string[] | undefined) {
  const q = req.validatedQuery as unknown as ListApplicationsType
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { applications, count } = await service.listApplicationsWithHistory({
    workshop_ids: workshopIds,
    opening_id: q.opening_id,
    status: q.status,
    limit: q.limit,
    offset: q.offset,
  })
  res.json({ applications, count, limit: q.limit, offset: q.offset })
}

export async function moveApplicationFor(
  req: AuthenticatedMedusaRequest<MoveApplicationType>,
  res: MedusaResponse,
  workshopIds: string[] | undefined
) {
  const body = req.validatedBody
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const result = await service.moveApplication({
    application_id: req.params.id,
    to: body.status,
    note: body.note?.length ? body.note : null,
    actor_id: req.auth_context.actor_id,
    workshop_ids: workshopIds,
  })
  if (result.kind === "not_found") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Application ${req.params.id} was not found`)
  if (result.kind === "refused") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      result.to === "hired"
        ? "status: 录用请用“录用”按钮 / hire her with the hire action, not a move"
        : `status: 不能从 ${result.from} 改为 ${result.to} / cannot move from ${result.from} to ${result.to}`
    )
  }
  await req.scope
    .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
    .emit({ name: WorkshopEvents.APPLICATION_MOVED, data: { id: req.params.id, status: result.to } })
  res.json({ application: { id: req.params.id, status: result.to, previous_status: result.from } })
}

export async function hireApplicationFor(
  req: AuthenticatedMedusaRequest<HireApplicationType>,
  res: MedusaResponse,
  workshopIds: string[] | undefined
) {
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  try {
    const { result } = await hireApplicationWorkflow(req.scope).run({
      input: {
        application_id: req.params.id,
        actor_id: req.auth_context.actor_id,
        note: req.validatedBody.note?.length ? req.validatedBody.note : null,
        workshop_ids: workshopIds,
        request_id: `hire-${crypto.randomUUID()}`,
      },
    })
    res.status(201).json(result)
  } catch (error) {
    // already hired (a second click, or two at once): the artisan she became, and no password
    const found = MedusaError.isMedusaError(error) && error.type === MedusaError.Types.CONFLICT
      ? await service.hireCandidate(req.params.id, workshopIds)
      : null
    if (!found?.artisan_id) throw error
    res.status(409).json({
      type: "conflict",
      field: "application",
      message: `application: 已录用，绣娘编号 ${found.artisan_id} / already hired: artisan ${found.artisan_id}`,
      artisan_id: found.artisan_id,
    })
  }
}
