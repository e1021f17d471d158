import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSkillWorkflow } from "../../../workflows/create-skill"
import type { AdminCreateSkillType, AdminListSkillsType } from "./validators"

const SKILL_FIELDS = ["id", "code", "name_zh", "name_en", "created_at"]

/** GET /admin/skills: the craft skills the programme teaches, by code. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSkillsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListSkillsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "skill",
    fields: SKILL_FIELDS,
    pagination: { skip: q.offset, take: q.limit, order: { code: "ASC" } },
  })
  res.json({ skills: data, count: metadata?.count ?? data.length, offset: q.offset, limit: q.limit })
}

/** POST /admin/skills: a new skill (its code not used yet). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSkillType>, res: MedusaResponse) => {
  const { result } = await createSkillWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(200).json({ skill: { id: result.id, code: result.code, name_zh: result.name_zh, name_en: result.name_en } })
}
