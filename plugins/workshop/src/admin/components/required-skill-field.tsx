import type { T } from "../lib/i18n"
import { useSkills } from "../lib/programme-api"
import { useProgrammeT } from "../lib/programme-i18n"
import { ChoiceField } from "./programme-form"

/** The choice that means "no skill required" (a select's items can't have an empty value). */
const NONE = "__none"

/**
 * The skill a piece type requires (`required_skill`, a skill's code; "" for none): a woman without
 * it is credited with a line of it only as a supervised trial.
 */
export function RequiredSkillField({ t, value, error, onChange }: { t: T; value: string; error?: string; onChange: (code: string) => void }) {
  const { pt } = useProgrammeT()
  const skills = useSkills()
  const list = skills.data?.skills ?? []
  const options = [
    { value: NONE, label: pt("skills.noneRequired") },
    ...list.map((s) => ({ value: s.code, label: `${s.name_zh} · ${s.name_en} (${s.code})` })),
    // a code no longer listed stays visible rather than silently shown as none
    ...(value && !skills.isLoading && !list.some((s) => s.code === value) ? [{ value, label: value }] : []),
  ]
  return (
    <ChoiceField
      id="required_skill"
      label={pt("skills.required")}
      hint={pt("skills.requiredHint")}
      value={value || NONE}
      options={options}
      onChange={(v) => onChange(v === NONE ? "" : v)}
      error={error}
      t={t}
    />
  )
}
