import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AwardSubject } from "../../domain"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const validateAwardSubjectStepId = "validate-award-subject-step"

const ENTITY: Record<AwardSubject, string> = { product: "product", artisan: "artisan", workshop: "workshop" }
const WORDS: Record<AwardSubject, string> = { product: "没有这件作品 / no such product", artisan: "没有这位绣娘 / no such maker", workshop: "没有这个工坊 / no such workshop" }

/**
 * Refuses (400, naming `subject_id`) an award given to a product, maker or workshop that doesn't
 * exist. A correction (`award_id`) is checked with what it changes over what the award has.
 * Writes nothing.
 */
export const validateAwardSubjectStep = createStep(
  validateAwardSubjectStepId,
  async (given: { award_id?: string; subject_type?: AwardSubject; subject_id?: string }, { container }) => {
    if (given.award_id && !given.subject_type && !given.subject_id) return new StepResponse(void 0)
    const current = given.award_id
      ? ((await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).retrieveAward(given.award_id)) as { subject_type: AwardSubject; subject_id: string })
      : null
    const input = { subject_type: given.subject_type ?? current?.subject_type, subject_id: given.subject_id ?? current?.subject_id }
    if (!input.subject_type || !input.subject_id) return new StepResponse(void 0)
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY) as any
    const { data } = await query.graph({ entity: ENTITY[input.subject_type], fields: ["id"], filters: { id: input.subject_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `subject_id: ${WORDS[input.subject_type]} ${input.subject_id}`)
    }
    return new StepResponse(void 0)
  }
)
