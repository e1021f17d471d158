import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, todayInChina } from "../../../../domain"
import { Field, FormDrawer, TextField, checkErrors, useDrawer, useForm } from "../../../components/form"
import { ListTable, Page, Pager, QueryView, TwoLines, right } from "../../../components/page"
import { ChoiceField, useProgrammeMutation, wordErrors } from "../../../components/programme-form"
import { RegistrationsDrawer } from "../../../components/training-registrations"
import { WorkshopSelect } from "../../../components/workshop-select"
import { useWorkshops, type Workshop } from "../../../lib/api"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { programmeKeys, useSkills, type Skill, type TrainingSession } from "../../../lib/programme-api"
import { readSessionForm, readSkillForm, type SessionValues, type SkillValues } from "../../../lib/programme-forms"
import { useProgrammeT, type PT } from "../../../lib/programme-i18n"
import { sdk } from "../../../lib/sdk"

const PAGE_SIZE = 50
/** The workshop choice that means "open to every workshop's women" (workshop_id null). */
const OPEN_TO_ALL = "all"

type Words = { t: T; pt: PT; lang: Lang }

const SKILL_FIELDS = ["code", "name_zh", "name_en"]
const SESSION_FIELDS = [
  "topic_zh", "topic_en", "skill_code", "date", "place_zh", "place_en", "trainer", "workshop_id", "village_zh", "village_en", "capacity",
]

function SkillDrawer({ words, onClose }: { words: Words; onClose: () => void }) {
  const { t, pt } = words
  const form = useForm<SkillValues>({ code: "", name_zh: "", name_en: "" })
  const { values, setErrors } = form
  const save = useProgrammeMutation<{ skill: Skill }>({
    path: "/admin/skills",
    fields: SKILL_FIELDS,
    setErrors,
    words,
    done: pt("skills.created"),
    invalidate: [programmeKeys.skills],
    onSuccess: onClose,
  })
  const submit = () => {
    const read = readSkillForm(values)
    if (!read.ok) return void checkErrors(wordErrors(read.errors, pt), setErrors, t)
    save.mutate(read.body)
  }
  return (
    <FormDrawer
      id="skill-form"
      title={pt("skills.new")}
      description={pt("skills.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="skill-save"
      t={t}
    >
      <TextField form={form} name="code" maxLength={MAX_CODE_LENGTH} label={pt("skills.code")} hint={pt("skills.codeHint")} className="font-mono" t={t} />
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="name_zh" maxLength={MAX_NAME_LENGTH} label={pt("skills.nameZh")} t={t} />
        <TextField form={form} name="name_en" maxLength={MAX_NAME_LENGTH} label={pt("skills.nameEn")} t={t} />
      </div>
    </FormDrawer>
  )
}

const sessionFormOf = (s: TrainingSession): SessionValues => ({
  topic_zh: s.topic_zh,
  topic_en: s.topic_en,
  skill_code: s.skill_code,
  date: s.date,
  place_zh: s.place_zh,
  place_en: s.place_en,
  trainer: s.trainer,
  workshop_id: s.workshop_id ?? "",
  village_zh: s.village_zh ?? "",
  village_en: s.village_en ?? "",
  capacity: String(s.capacity),
})

const blankSession = (workshopId: string): SessionValues => ({
  topic_zh: "",
  topic_en: "",
  skill_code: "",
  date: todayInChina(),
  place_zh: "",
  place_en: "",
  trainer: "",
  workshop_id: workshopId,
  village_zh: "",
  village_en: "",
  capacity: "",
})

function SessionDrawer({
  words,
  editing,
  skills,
  workshops,
  defaultWorkshopId,
  onClose,
}: {
  words: Words
  editing: TrainingSession | null
  skills: Skill[]
  workshops: Workshop[]
  defaultWorkshopId: string
  onClose: () => void
}) {
  const { t, pt } = words
  const form = useForm<SessionValues>(editing ? sessionFormOf(editing) : blankSession(defaultWorkshopId))
  const { values, set, errors, setErrors } = form
  const attended = editing?.attended ?? 0
  const save = useProgrammeMutation<{ training_session: TrainingSession }>({
    path: editing ? `/admin/training-sessions/${editing.id}` : "/admin/training-sessions",
    fields: SESSION_FIELDS,
    setErrors,
    words,
    done: editing ? t("common.saved") : pt("training.created"),
    invalidate: [programmeKeys.trainingSessions],
    onSuccess: onClose,
  })
  const submit = () => {
    const read = readSessionForm(values, attended)
    if (!read.ok) return void checkErrors(wordErrors(read.errors, pt, { attended }), setErrors, t)
    save.mutate(read.body)
  }
  const openToAll = !values.workshop_id
  return (
    <FormDrawer
      id="training-session-form"
      title={editing ? pt("training.edit") : pt("training.new")}
      description={pt("training.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="training-session-save"
      t={t}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="topic_zh" maxLength={MAX_NAME_LENGTH} label={pt("training.topicZh")} t={t} />
        <TextField form={form} name="topic_en" maxLength={MAX_NAME_LENGTH} label={pt("training.topicEn")} t={t} />
      </div>
      <ChoiceField
        id="skill_code"
        label={pt("training.skill")}
        value={values.skill_code}
        options={skills.map((s) => ({ value: s.code, label: `${s.name_zh} · ${s.name_en} (${s.code})` }))}
        onChange={(v) => set("skill_code", v)}
        error={errors.skill_code}
        placeholder={skills.length ? pt("training.chooseSkill") : pt("training.noSkills")}
        disabled={!skills.length}
        t={t}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="date" type="date" label={pt("training.date")} t={t} />
        <TextField form={form} name="trainer" maxLength={MAX_NAME_LENGTH} label={pt("training.trainer")} t={t} />
        <TextField form={form} name="place_zh" maxLength={MAX_NAME_LENGTH} label={pt("training.placeZh")} t={t} />
        <TextField form={form} name="place_en" maxLength={MAX_NAME_LENGTH} label={pt("training.placeEn")} t={t} />
      </div>
      <Field id="workshop_id" label={pt("training.for")} error={errors.workshop_id} t={t}>
        <WorkshopSelect
          workshops={workshops}
          value={values.workshop_id || OPEN_TO_ALL}
          onValueChange={(v) => set("workshop_id", v === OPEN_TO_ALL ? "" : v)}
          all={pt("training.openToAll")}
          id="workshop_id"
          data-testid="training-workshop"
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="village_zh" maxLength={MAX_NAME_LENGTH} label={pt("training.villageZh")} optional={!openToAll} t={t} />
        <TextField form={form} name="village_en" maxLength={MAX_NAME_LENGTH} label={pt("training.villageEn")} optional={!openToAll} t={t} />
      </div>
      <TextField
        form={form}
        name="capacity"
        inputMode="numeric"
        label={pt("training.capacity")}
        hint={editing ? `${pt("training.attended")}: ${attended} / ${editing.capacity}` : undefined}
        t={t}
      />
    </FormDrawer>
  )
}

function SkillsSection({ words }: { words: Words }) {
  const { t, pt } = words
  const skills = useSkills()
  const [creating, setCreating] = useState(false)
  return (
    <Page
      title={pt("skills.title")}
      subtitle={pt("skills.subtitle")}
      testId="skills-page"
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="skill-new">
          {pt("skills.new")}
        </Button>
      }
    >
      <QueryView t={t} query={skills} isEmpty={(d) => !d.skills.length} empty={pt("skills.empty")}>
        {(data) => (
          <ListTable columns={[pt("skills.code"), pt("skills.nameZh"), pt("skills.nameEn")]}>
            {data.skills.map((s) => (
              <Table.Row key={s.id} data-testid="skill-row" data-code={s.code}>
                <Table.Cell className="font-mono">{s.code}</Table.Cell>
                <Table.Cell>{s.name_zh}</Table.Cell>
                <Table.Cell>{s.name_en}</Table.Cell>
              </Table.Row>
            ))}
          </ListTable>
        )}
      </QueryView>
      {creating ? <SkillDrawer words={words} onClose={() => setCreating(false)} /> : null}
    </Page>
  )
}

const TrainingPage = () => {
  const { t } = useT()
  const { pt, lang } = useProgrammeT()
  const words: Words = { t, pt, lang }
  const workshops = useWorkshops()
  const skills = useSkills()
  const [workshopId, setWorkshopId] = useState("all")
  const [offset, setOffset] = useState(0)
  const drawer = useDrawer<TrainingSession>()
  /** the session whose bookings are open in a drawer (read from the list, so it follows each change) */
  const [bookingsOf, setBookingsOf] = useState<TrainingSession | null>(null)
  const allWorkshops = workshops.data?.workshops ?? []
  const names = new Map(allWorkshops.map((w) => [w.id, w.name_zh]))
  const skillNames = new Map((skills.data?.skills ?? []).map((s) => [s.code, s.name_zh]))

  const query = { limit: PAGE_SIZE, offset, ...(workshopId !== "all" ? { workshop_id: workshopId } : {}) }
  const list = useQuery({
    queryKey: [...programmeKeys.trainingSessions, query],
    queryFn: () => sdk.client.fetch<{ training_sessions: TrainingSession[]; count: number }>("/admin/training-sessions", { query }),
    placeholderData: keepPreviousData,
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Page
        title={pt("training.title")}
        subtitle={pt("training.subtitle")}
        testId="training-page"
        actions={
          <Button size="small" variant="secondary" onClick={() => drawer.open(null)} data-testid="training-session-new">
            {pt("training.new")}
          </Button>
        }
      >
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <div className="w-64">
            <WorkshopSelect
              workshops={allWorkshops}
              value={workshopId}
              onValueChange={(v) => {
                setWorkshopId(v)
                setOffset(0)
              }}
              all={pt("p.allWorkshops")}
              data-testid="training-filter-workshop"
              aria-label={pt("p.workshop")}
            />
          </div>
        </div>
        <QueryView t={t} query={list} isEmpty={(d) => !d.training_sessions.length} empty={pt("training.empty")}>
          {(data) => (
            <>
              <ListTable
                columns={[
                  pt("training.date"),
                  pt("training.topic"),
                  pt("training.skill"),
                  pt("training.place"),
                  pt("training.trainer"),
                  pt("training.for"),
                  right(pt("training.booked")),
                  right(pt("training.attended")),
                  right(pt("p.actions")),
                ]}
              >
                {data.training_sessions.map((s) => (
                  <Table.Row key={s.id} data-testid="training-session-row" data-session-id={s.id}>
                    <Table.Cell className="font-mono">{s.date}</Table.Cell>
                    <Table.Cell>
                      <TwoLines primary={s.topic_zh} secondary={s.topic_en} testId="training-topic" />
                    </Table.Cell>
                    <Table.Cell>
                      <TwoLines primary={skillNames.get(s.skill_code) ?? s.skill_code} secondary={s.skill_code} mono />
                    </Table.Cell>
                    <Table.Cell>
                      <TwoLines primary={s.place_zh} secondary={s.place_en} />
                    </Table.Cell>
                    <Table.Cell>{s.trainer}</Table.Cell>
                    <Table.Cell>
                      {s.workshop_id ? (
                        <TwoLines primary={names.get(s.workshop_id) ?? s.workshop_id} secondary={s.village_zh ?? ""} />
                      ) : (
                        <TwoLines primary={pt("training.openToAll")} secondary={s.village_zh ?? ""} />
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right" data-testid="session-booked">
                      <Text size="small">
                        {s.registrations?.length ?? 0} / {s.capacity}
                      </Text>
                      {(s.registrations?.length ?? 0) >= s.capacity ? (
                        <Badge size="2xsmall" color="orange" className="ml-2">
                          {pt("training.full")}
                        </Badge>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell className="text-right" data-testid="training-attended">
                      <Text size="small">
                        {s.attended} / {s.capacity}
                      </Text>
                      {s.attended >= s.capacity ? (
                        <Badge size="2xsmall" color="orange" className="ml-2">
                          {pt("training.full")}
                        </Badge>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell className="text-right whitespace-nowrap">
                      <Button size="small" variant="transparent" onClick={() => setBookingsOf(s)} data-testid="session-registrations">
                        {pt("registrations.action")}
                      </Button>
                      <Button size="small" variant="transparent" onClick={() => drawer.open(s)} data-testid="training-session-edit">
                        {t("common.edit")}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </ListTable>
              <Pager t={t} count={data.count} offset={offset} limit={PAGE_SIZE} onChange={setOffset} />
            </>
          )}
        </QueryView>
      </Page>
      <SkillsSection words={words} />
      {bookingsOf ? (
        <RegistrationsDrawer
          key={bookingsOf.id}
          session={list.data?.training_sessions.find((s) => s.id === bookingsOf.id) ?? bookingsOf}
          workshops={allWorkshops}
          words={words}
          onClose={() => setBookingsOf(null)}
        />
      ) : null}
      {drawer.state ? (
        <SessionDrawer
          key={drawer.state.key}
          words={words}
          editing={drawer.state.editing}
          skills={skills.data?.skills ?? []}
          workshops={allWorkshops}
          defaultWorkshopId={workshopId !== "all" ? workshopId : ""}
          onClose={drawer.close}
        />
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.training",
  translationNs: "jinxiu",
  rank: 11,
})

export default TrainingPage
