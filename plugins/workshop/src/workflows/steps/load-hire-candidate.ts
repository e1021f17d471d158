import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canHire } from "../../domain/programme"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const loadHireCandidateStepId = "load-hire-candidate-step"

/**
 * The application to hire, read after its lock is held: 404 outside the caller's workshops, 409
 * when she is already hired (naming her artisan record), 400 unless she was contacted or tried,
 * 400 naming `phone` when her phone already logs in as an artisan.
 * Writes nothing.
 */
export const loadHireCandidateStep = createStep(
  loadHireCandidateStepId,
  async (input: { application_id: string; workshop_ids?: string[] }, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    const candidate = await service.hireCandidate(input.application_id, input.workshop_ids)
    if (!candidate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Application ${input.application_id} was not found`)
    if (candidate.artisan_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `application: 已录用，绣娘编号 ${candidate.artisan_id} / already hired: artisan ${candidate.artisan_id}`
      )
    }
    if (!canHire(candidate.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: 只能录用已联系或试工中的申请（现在是 ${candidate.status}）/ only a contacted or trial application can be hired (it is ${candidate.status})`,
        "not_hireable"
      )
    }
    const [known] = await service.listArtisans({ phone: candidate.phone }, { select: ["id"] })
    if (known) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `phone: 这个手机号已是一位绣娘的登录（${known.id}）/ this phone already logs in as artisan ${known.id}`,
        "phone_taken"
      )
    }
    return new StepResponse(candidate)
  }
)
