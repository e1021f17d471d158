import { z } from "@medusajs/framework/zod"
import { MAX_ADMIN_LIST_LIMIT } from "../../../domain"
import { pagination, skillCode, text } from "../../common-validators"

export const AdminListSkills = z.object({ ...pagination(100, MAX_ADMIN_LIST_LIMIT) }).strict()
export type AdminListSkillsType = z.infer<typeof AdminListSkills>

/** A craft skill: its code (`couching`) and its name in both languages (盘金 / couching). */
export const AdminCreateSkill = z
  .object({ code: skillCode("code"), name_zh: text("name_zh"), name_en: text("name_en") })
  .strict()
export type AdminCreateSkillType = z.infer<typeof AdminCreateSkill>
