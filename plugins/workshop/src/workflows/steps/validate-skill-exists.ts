import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const validateSkillExistsStepId = "validate-skill-exists-step"

/** Refuses (400, naming the field) a skill code no skill has (`code`, or each of `codes`). Writes nothing. */
export const validateSkillExistsStep = createStep(
  validateSkillExistsStepId,
  async ({ code, codes, field }: { code?: string | null; codes?: (string | null | undefined)[]; field: string }, { container }) => {
    const wanted = [...new Set([code, ...(codes ?? [])].filter((c): c is string => !!c))]
    if (!wanted.length) return new StepResponse(void 0)
    const found = await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).listSkills({ code: wanted }, { select: ["code"] })
    const known = new Set(found.map((s) => s.code))
    const missing = wanted.find((c) => !known.has(c))
    if (missing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 没有这项技能 / no skill with code ${missing}`)
    }
    return new StepResponse(void 0)
  }
)
