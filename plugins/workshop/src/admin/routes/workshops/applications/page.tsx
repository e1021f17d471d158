import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Label, Select, StatusBadge, Table, Text, Textarea, toast } from "@medusajs/ui"
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { Fragment, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { APPLICATION_STATES, MAX_NOTE_LENGTH, canHire, type ApplicationState } from "../../../../domain"
import { Field, FormDrawer, useForm } from "../../../components/form"
import { ListTable, Page, Pager, QueryView, TwoLines, right } from "../../../components/page"
import { ChoiceField, useProgrammeMutation } from "../../../components/programme-form"
import { ShownOnce, type HandedLogin } from "../../../components/shown-once"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops, type Coordinator, type Workshop } from "../../../lib/api"
import { inLanguage } from "../../../lib/api-errors"
import { cleanMessage, errorMessage, formatDateTime } from "../../../lib/format"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { programmeKeys, type Application, type HireResult, type Opening } from "../../../lib/programme-api"
import { movesFrom } from "../../../lib/programme-forms"
import { useProgrammeT, type PT } from "../../../lib/programme-i18n"
import { sdk, type ApiError } from "../../../lib/sdk"

const PAGE_SIZE = 50
const STATE_COLOR: Record<ApplicationState, "grey" | "blue" | "orange" | "green" | "red"> = {
  new: "blue",
  contacted: "orange",
  trial: "orange",
  hired: "green",
  not_now: "grey",
}

type Words = { t: T; pt: PT; lang: Lang }

/** A move by hand (contacted, trial, not now: the domain's canMoveApplication), with its note. */
function MoveDrawer({ words, application, onClose }: { words: Words; application: Application; onClose: () => void }) {
  const { t, pt } = words
  const moves = movesFrom(application.status)
  const form = useForm<{ status: ApplicationState | ""; note: string }>({ status: moves[0] ?? "", note: "" })
  const { values, set, errors, setErrors } = form
  const move = useProgrammeMutation<unknown, { status: ApplicationState; note: string | null }>({
    path: `/admin/applications/${application.id}/move`,
    fields: ["status", "note"],
    setErrors,
    words,
    done: pt("applications.moved"),
    invalidate: [programmeKeys.applications],
    onSuccess: onClose,
  })
  const submit = () => {
    if (!values.status) return setErrors({ status: pt("v.required") })
    move.mutate({ status: values.status, note: values.note.trim() ? values.note.trim() : null })
  }
  return (
    <FormDrawer
      id="application-move-form"
      title={pt("applications.moveTitle", { name: application.name })}
      description={pt("applications.moveHint")}
      onClose={onClose}
      onSubmit={submit}
      saving={move.isPending}
      submitLabel={pt("applications.move")}
      submitTestId="application-move-confirm"
      t={t}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {pt("applications.moveHint")}
      </Text>
      <ChoiceField<ApplicationState>
        id="status"
        label={pt("applications.moveTo")}
        value={values.status}
        options={moves.map((s) => ({ value: s, label: pt(`applications.state.${s}`) }))}
        onChange={(v) => set("status", v)}
        error={errors.status}
        t={t}
      />
      <NoteField words={words} value={values.note} error={errors.note} onChange={(v) => set("note", v)} />
    </FormDrawer>
  )
}

function NoteField({ words, value, error, onChange }: { words: Words; value: string; error?: string; onChange: (v: string) => void }) {
  const { t, pt } = words
  return (
    <Field id="note" label={pt("applications.note")} hint={pt("applications.noteHint")} error={error} optional t={t}>
      <Textarea id="note" rows={3} maxLength={MAX_NOTE_LENGTH} value={value} onChange={(e) => onChange(e.target.value)} data-testid="application-note" />
    </Field>
  )
}

/** Hiring her: her artisan record at the opening's workshop, her phone as login, a password shown once. */
function HireDrawer({
  words,
  application,
  workshopName,
  onClose,
  onLogin,
}: {
  words: Words
  application: Application
  workshopName: string
  onClose: () => void
  onLogin: (login: HandedLogin) => void
}) {
  const { t, pt, lang } = words
  const queryClient = useQueryClient()
  const form = useForm({ note: "" })
  const { values, set, errors, setErrors } = form
  const hire = useProgrammeMutation<HireResult, { note: string | null }>({
    path: `/admin/applications/${application.id}/hire`,
    fields: ["note"],
    setErrors,
    words,
    done: pt("applications.hired"),
    invalidate: [programmeKeys.applications, keys.artisans, keys.summary],
    onSuccess: (result) => {
      onLogin({ identifier: result.artisan.phone, password: result.password })
      onClose()
    },
    onRefused: (error) => {
      // hired already (a second click, or someone else first): no new login, nothing to hand over
      if ((error as ApiError).status !== 409) return false
      toast.error(pt("applications.alreadyHired"), { description: inLanguage(cleanMessage(errorMessage(error)), lang) })
      queryClient.invalidateQueries({ queryKey: programmeKeys.applications })
      onClose()
      return true
    },
  })
  return (
    <FormDrawer
      id="application-hire-form"
      title={pt("applications.hireTitle", { name: application.name })}
      description={pt("applications.hireHint", { workshop: workshopName })}
      onClose={onClose}
      onSubmit={() => hire.mutate({ note: values.note.trim() ? values.note.trim() : null })}
      saving={hire.isPending}
      submitLabel={pt("applications.hire")}
      submitTestId="application-hire-confirm"
      t={t}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {pt("applications.hireHint", { workshop: workshopName })}
      </Text>
      <TwoLines primary={application.name} secondary={application.phone} mono />
      <NoteField words={words} value={values.note} error={errors.note} onChange={(v) => set("note", v)} />
    </FormDrawer>
  )
}

/** Her application's history, oldest first: each move and the hire, who made it, the note. */
function History({ words, application, coordinators }: { words: Words; application: Application; coordinators: Map<string, string> }) {
  const { pt, lang } = words
  const state = (s: string | null) => (s && (APPLICATION_STATES as readonly string[]).includes(s) ? pt(`applications.state.${s as ApplicationState}`) : pt("applications.created"))
  if (!application.history.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {pt("applications.historyEmpty")}
      </Text>
    )
  }
  return (
    <ol className="flex flex-col gap-y-2" data-testid="application-history">
      {application.history.map((h, i) => (
        <li key={i} className="flex flex-col">
          <Text size="small" weight="plus">
            {h.from_status ? `${state(h.from_status)} → ` : ""}
            {state(h.to_status)}
            <span className="text-ui-fg-subtle font-normal">
              {" · "}
              {formatDateTime(h.created_at, lang)}
              {" · "}
              {coordinators.has(h.actor_id)
                ? pt("applications.byCoordinator", { name: coordinators.get(h.actor_id) ?? "" })
                : pt("applications.byStaff")}
            </span>
          </Text>
          {h.note ? (
            <Text size="small" className="whitespace-pre-wrap">
              {h.note}
            </Text>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

const ApplicationsPage = () => {
  const { t } = useT()
  const { pt, lang } = useProgrammeT()
  const words: Words = { t, pt, lang }
  const [params] = useSearchParams()
  const workshops = useWorkshops()
  const [workshopId, setWorkshopId] = useState(params.get("workshop") ?? "all")
  const [openingId, setOpeningId] = useState(params.get("opening") ?? "all")
  const [status, setStatus] = useState<"all" | ApplicationState>("all")
  const [offset, setOffset] = useState(0)
  const [moving, setMoving] = useState<Application | null>(null)
  const [hiring, setHiring] = useState<Application | null>(null)
  const [open, setOpen] = useState<Set<string>>(new Set())
  const [login, setLogin] = useState<HandedLogin | null>(null)
  const allWorkshops: Workshop[] = workshops.data?.workshops ?? []
  const names = new Map(allWorkshops.map((w) => [w.id, w.name_zh]))

  const openingsQuery = { limit: 500, ...(workshopId !== "all" ? { workshop_id: workshopId } : {}) }
  const openings = useQuery({
    queryKey: [...programmeKeys.openings, openingsQuery],
    queryFn: () => sdk.client.fetch<{ openings: Opening[] }>("/admin/openings", { query: openingsQuery }),
  })
  const coordinators = useQuery({
    queryKey: keys.coordinators,
    queryFn: () => sdk.client.fetch<{ coordinators: Coordinator[]; count: number }>("/admin/coordinators", { query: { limit: 500, order: "name" } }),
  })
  const coordinatorNames = new Map((coordinators.data?.coordinators ?? []).map((c) => [c.id, c.name]))

  const query = {
    limit: PAGE_SIZE,
    offset,
    ...(workshopId !== "all" ? { workshop_id: workshopId } : {}),
    ...(openingId !== "all" ? { opening_id: openingId } : {}),
    ...(status !== "all" ? { status } : {}),
  }
  const list = useQuery({
    queryKey: [...programmeKeys.applications, query],
    queryFn: () => sdk.client.fetch<{ applications: Application[]; count: number }>("/admin/applications", { query }),
    placeholderData: keepPreviousData,
  })
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const COLUMNS = 8

  return (
    <Page title={pt("applications.title")} subtitle={pt("applications.subtitle")} testId="applications-page">
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex w-56 flex-col gap-y-1">
          <Label htmlFor="applications-workshop">{pt("p.workshop")}</Label>
          <WorkshopSelect
            id="applications-workshop"
            workshops={allWorkshops}
            value={workshopId}
            onValueChange={(v) => {
              setWorkshopId(v)
              setOpeningId("all")
              setOffset(0)
            }}
            all={pt("p.allWorkshops")}
          />
        </div>
        <div className="flex w-64 flex-col gap-y-1">
          <Label htmlFor="applications-opening">{pt("applications.opening")}</Label>
          <Select
            value={openingId}
            onValueChange={(v) => {
              setOpeningId(v)
              setOffset(0)
            }}
          >
            <Select.Trigger id="applications-opening" data-testid="applications-opening">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{pt("applications.allOpenings")}</Select.Item>
              {(openings.data?.openings ?? []).map((o) => (
                <Select.Item key={o.id} value={o.id}>
                  {o.title_zh} · {names.get(o.workshop_id) ?? ""}
                </Select.Item>
              ))}
              {openingId !== "all" && !(openings.data?.openings ?? []).some((o) => o.id === openingId) ? (
                <Select.Item value={openingId}>{openingId}</Select.Item>
              ) : null}
            </Select.Content>
          </Select>
        </div>
        <div className="flex w-44 flex-col gap-y-1">
          <Label htmlFor="applications-status">{pt("p.status")}</Label>
          <Select
            value={status}
            onValueChange={(v) => {
              setStatus(v as "all" | ApplicationState)
              setOffset(0)
            }}
          >
            <Select.Trigger id="applications-status" data-testid="applications-status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{pt("p.all")}</Select.Item>
              {APPLICATION_STATES.map((s) => (
                <Select.Item key={s} value={s}>
                  {pt(`applications.state.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <QueryView t={t} query={list} isEmpty={(d) => !d.applications.length} empty={pt("applications.empty")}>
        {(data) => (
          <>
            <ListTable
              columns={[
                pt("applications.name"),
                pt("applications.opening"),
                pt("applications.town"),
                pt("applications.availability"),
                pt("applications.childcare"),
                pt("applications.appliedAt"),
                pt("p.status"),
                right(pt("p.actions")),
              ]}
            >
              {data.applications.map((a) => (
                <Fragment key={a.id}>
                  <Table.Row data-testid="application-row" data-application-id={a.id} data-status={a.status}>
                    <Table.Cell>
                      <TwoLines primary={a.name} secondary={a.phone} mono testId="application-name" />
                    </Table.Cell>
                    <Table.Cell>
                      <TwoLines primary={a.opening_title_zh} secondary={names.get(a.workshop_id) ?? a.workshop_id} />
                    </Table.Cell>
                    <Table.Cell className="max-w-[160px] whitespace-normal">{a.town}</Table.Cell>
                    <Table.Cell className="max-w-[200px] whitespace-normal">{a.availability}</Table.Cell>
                    <Table.Cell className="max-w-[200px] whitespace-normal">{a.childcare_needs || pt("p.none")}</Table.Cell>
                    <Table.Cell>{formatDateTime(a.created_at, lang)}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col items-start gap-y-1">
                        <StatusBadge color={STATE_COLOR[a.status]} data-testid="application-status">
                          {pt(`applications.state.${a.status}`)}
                        </StatusBadge>
                        {a.artisan_id ? (
                          <Link to={`/workshops/artisans/${a.artisan_id}`} className="text-ui-fg-interactive txt-compact-small" data-testid="application-artisan">
                            {pt("applications.artisan")}
                          </Link>
                        ) : null}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <div className="flex items-center justify-end gap-x-1">
                        <Button size="small" variant="transparent" onClick={() => toggle(a.id)} data-testid="application-history-toggle">
                          {open.has(a.id) ? pt("applications.hideHistory") : pt("applications.history")}
                        </Button>
                        {movesFrom(a.status).length ? (
                          <Button size="small" variant="secondary" onClick={() => setMoving(a)} data-testid="application-move">
                            {pt("applications.move")}
                          </Button>
                        ) : null}
                        {canHire(a.status) ? (
                          <Button size="small" onClick={() => setHiring(a)} data-testid="application-hire">
                            {pt("applications.hire")}
                          </Button>
                        ) : null}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                  {open.has(a.id) ? (
                    <Table.Row className="bg-ui-bg-subtle">
                      <td colSpan={COLUMNS} className="px-6 py-3">
                        <History words={words} application={a} coordinators={coordinatorNames} />
                      </td>
                    </Table.Row>
                  ) : null}
                </Fragment>
              ))}
            </ListTable>
            <Pager t={t} count={data.count} offset={offset} limit={PAGE_SIZE} onChange={setOffset} />
          </>
        )}
      </QueryView>
      {moving ? <MoveDrawer words={words} application={moving} onClose={() => setMoving(null)} /> : null}
      {hiring ? (
        <HireDrawer
          words={words}
          application={hiring}
          workshopName={names.get(hiring.workshop_id) ?? ""}
          onClose={() => setHiring(null)}
          onLogin={setLogin}
        />
      ) : null}
      <ShownOnce
        t={t}
        title={pt("applications.handOver")}
        hint={pt("applications.handOverHint")}
        label={t("artisans.loginPhone")}
        login={login}
        onDone={() => setLogin(null)}
      />
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.applications",
  translationNs: "jinxiu",
  rank: 10,
})

export default ApplicationsPage
