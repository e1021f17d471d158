import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export type CreateSkillInput = { code: string; name_zh: string; name_en: string }

export const createSkillStepId = "create-skill-step"

/** Creates a skill (its code unused so far: 400 otherwise); undone by deleting it. */
export const createSkillStep = createStep(
  createSkillStepId,
  async (input: CreateSkillInput, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    if ((await service.listSkills({ code: input.code }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: 已有这项技能 / a skill with code ${input.code} exists already`)
    }
    const skill = await service.createSkills(input)
    return new StepResponse(skill, skill.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteSkills(id)
  }
)
