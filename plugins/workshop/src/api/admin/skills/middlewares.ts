import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateSkill, AdminListSkills } from "./validators"

export const adminSkillsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/skills", middlewares: [validateAndTransformQuery(AdminListSkills, { defaults: [], isList: true })] },
  { method: ["POST"], matcher: "/admin/skills", middlewares: [validateAndTransformBody(AdminCreateSkill)] },
]
