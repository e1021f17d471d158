import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const validateSkillExistsStepId = "validate-skill-exists-step"

/** Refuses (400, naming the field) a skill code no skill has. Writes nothing. */
export const validateSkillExistsStep = createStep(
  validateSkillExistsStepId,
  async ({ code, field }: { code?: string | null; field: string }, { container }) => {
    if (!code) return new StepResponse(void 0)
    const found = await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).listSkills({ code }, { select: ["id"] })
    if (!found.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 没有这项技能 / no skill with code ${code}`)
    }
    return new StepResponse(void 0)
  }
)
