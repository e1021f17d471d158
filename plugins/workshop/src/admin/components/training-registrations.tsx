import { Badge, Button, Checkbox, Drawer, Input, Label, Prompt, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { todayInChina } from "../../domain"
import { keys, type Artisan, type Workshop } from "../lib/api"
import { errorMessage, formatDateTime } from "../lib/format"
import type { Lang, T } from "../lib/i18n"
import { programmeKeys, type Application, type TrainingSession } from "../lib/programme-api"
import type { PT } from "../lib/programme-i18n"
import { sdk, type ApiError } from "../lib/sdk"
import {
  bookableChoices,
  isApplicantBooking,
  keepChosen,
  overPlaces,
  placesLeft,
  readBooking,
  takesBookings,
  type Registration,
} from "../lib/training-registrations"
import { Field, FormDrawer, type Errors } from "./form"
import { ChoiceField, showProgrammeError } from "./programme-form"

type Words = { t: T; pt: PT; lang: Lang }

/** The fields a booking's refusal names (POST /admin/training-sessions/:id/registrations). */
const BOOKING_FIELDS = ["session_id", "artisan_ids", "application_ids"] as const

const DRAWER_ID = "session-registrations-drawer"

/** The places booked at a session, each with when it was booked (and, to come, a cancel button). */
function BookingList({
  registrations,
  words,
  onCancel,
}: {
  registrations: Registration[]
  words: Words
  /** absent: the list is read-only (the session has taken place) */
  onCancel?: (r: Registration) => void
}) {
  const { pt, lang } = words
  if (!registrations.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="registrations-empty">
        {pt("registrations.empty")}
      </Text>
    )
  }
  return (
    <ul className="flex flex-col divide-y rounded-md border" data-testid="registrations">
      {registrations.map((r) => (
        <li key={r.id} className="flex items-center justify-between gap-x-2 px-3 py-2" data-testid="registration" data-registration-id={r.id}>
          <div className="flex flex-col">
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus" data-testid="registration-name">
                {r.name}
              </Text>
              {isApplicantBooking(r) ? (
                <Badge size="2xsmall" color="blue" data-testid="registration-applicant">
                  {pt("registrations.applicant")}
                </Badge>
              ) : null}
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {pt("registrations.bookedAt", { when: formatDateTime(r.registered_at, lang) })}
            </Text>
          </div>
          {onCancel ? (
            <Button type="button" size="small" variant="secondary" onClick={() => onCancel(r)} data-testid="registration-cancel">
              {pt("registrations.cancel")}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** One checkbox per person who can be booked; `kind` says which id the row carries. */
function ChoiceList({
  kind,
  people,
  chosen,
  onChange,
  empty,
}: {
  kind: "artisan" | "application"
  people: { id: string; name: string; hint?: string }[]
  chosen: string[]
  onChange: (chosen: string[]) => void
  empty: string
}) {
  if (!people.length) {
    return (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {empty}
      </Text>
    )
  }
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id))
  return (
    <div className="grid max-h-64 grid-cols-2 gap-2 overflow-y-auto rounded-md border p-2" id={`${kind}_ids`}>
      {people.map((p) => {
        const boxId = `register-${kind}-${p.id}`
        return (
          <div
            key={p.id}
            className="flex items-start gap-x-2"
            data-testid="register-choice"
            {...(kind === "artisan" ? { "data-artisan-id": p.id } : { "data-application-id": p.id })}
          >
            <Checkbox id={boxId} checked={chosen.includes(p.id)} onCheckedChange={(c) => toggle(p.id, c === true)} />
            <div className="flex flex-col">
              <Label htmlFor={boxId} size="small">
                {p.name}
              </Label>
              {p.hint ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {p.hint}
                </Text>
              ) : null}
            </div>
          </div>
        )
      })}
    </div>
  )
}

/**
 * Who can be booked at a session to come: women of its workshop (or, for a session open to every
 * workshop, of the workshop chosen here) and its open applications (new / contacted / trial).
 */
function useBookable(workshopId: string) {
  const artisans = useQuery({
    queryKey: [...keys.artisans, "bookable", workshopId],
    queryFn: () =>
      sdk.client.fetch<{ artisans: Artisan[] }>("/admin/artisans", {
        query: { workshop_id: workshopId, status: "active", limit: 1000, order: "display_name" },
      }),
    enabled: !!workshopId,
  })
  const applications = useQuery({
    queryKey: [...programmeKeys.applications, "bookable", workshopId],
    queryFn: () => sdk.client.fetch<{ applications: Application[] }>("/admin/applications", { query: { workshop_id: workshopId, limit: 500 } }),
    enabled: !!workshopId,
  })
  return { artisans, applications }
}

/**
 * A session's bookings in a drawer. To come, each can be cancelled (after a confirmation) and more
 * can be booked; once it has taken place the list is read-only: attendance is taken on the desk.
 */
export function RegistrationsDrawer({
  session,
  workshops,
  words,
  onClose,
}: {
  session: TrainingSession
  workshops: Workshop[]
  words: Words
  onClose: () => void
}) {
  const { t, pt } = words
  const queryClient = useQueryClient()
  const registrations = session.registrations ?? []
  const booked = registrations.length
  const left = placesLeft(session.capacity, booked)
  const open = takesBookings(session.date, todayInChina())

  const [pickedWorkshop, setPickedWorkshop] = useState("")
  const workshopId = session.workshop_id ?? pickedWorkshop
  const [search, setSearch] = useState("")
  const [artisanIds, setArtisanIds] = useState<string[]>([])
  const [applicationIds, setApplicationIds] = useState<string[]>([])
  const [errors, setErrors] = useState<Errors>({})
  const [cancelling, setCancelling] = useState<Registration | null>(null)
  const lists = useBookable(open ? workshopId : "")

  const reload = () => {
    queryClient.invalidateQueries({ queryKey: programmeKeys.trainingSessions })
    queryClient.invalidateQueries({ queryKey: [...keys.artisans, "bookable"] })
    queryClient.invalidateQueries({ queryKey: [...programmeKeys.applications, "bookable"] })
  }
  const notFound = (error: unknown) => {
    if ((error as ApiError).status !== 404) return false
    toast.error(pt("registrations.notFound"))
    reload()
    return true
  }

  const book = useMutation({
    mutationFn: (body: { artisan_ids?: string[]; application_ids?: string[] }) =>
      sdk.client.fetch<{ session_id: string; registrations: Registration[] }>(`/admin/training-sessions/${session.id}/registrations`, {
        method: "POST",
        body,
      }),
    onSuccess: (result) => {
      toast.success(result.registrations.length > booked ? pt("registrations.sent") : pt("registrations.already"))
      setArtisanIds([])
      setApplicationIds([])
      setErrors({})
      reload()
    },
    onError: (error) => {
      if (notFound(error)) return
      showProgrammeError(error, BOOKING_FIELDS, setErrors, words)
    },
  })

  const cancel = useMutation({
    mutationFn: (r: Registration) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/training-sessions/${session.id}/registrations/${r.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(pt("registrations.cancelled"))
      setErrors({})
      reload()
    },
    onError: (error) => {
      if (notFound(error)) return
      toast.error(t("common.failed"), { description: errorMessage(error) })
    },
  })

  const choices = bookableChoices({
    workshopId,
    artisans: lists.artisans.data?.artisans ?? [],
    applications: lists.applications.data?.applications ?? [],
    registrations,
  })
  // a choice booked meanwhile (or of another workshop) is no longer sent
  const chosenArtisans = keepChosen(artisanIds, choices.artisans)
  const chosenApplications = keepChosen(applicationIds, choices.applications)
  const chosenCount = chosenArtisans.length + chosenApplications.length
  const needle = search.trim().toLowerCase()
  const shown = <P extends { name: string }>(people: P[]) => (needle ? people.filter((p) => p.name.toLowerCase().includes(needle)) : people)

  const submit = () => {
    const read = readBooking(chosenArtisans, chosenApplications)
    if (!read.ok) {
      setErrors({ artisan_ids: pt("registrations.nobody") })
      toast.error(t("common.fixErrors"))
      return
    }
    setErrors({})
    book.mutate(read.body)
  }

  const header = (
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">
        {session.date} · {session.topic_zh}
        <span className="text-ui-fg-subtle font-normal"> · {session.topic_en}</span>
      </Text>
      <div className="flex items-center gap-x-2">
        <Text size="small" className="text-ui-fg-subtle" data-testid="registrations-count">
          {pt("registrations.count", { booked, capacity: session.capacity, left })}
        </Text>
        {left === 0 ? (
          <Badge size="2xsmall" color="orange">
            {pt("registrations.full")}
          </Badge>
        ) : null}
      </div>
    </div>
  )

  const prompt = (
    <Prompt open={!!cancelling} onOpenChange={(o) => (!o ? setCancelling(null) : undefined)}>
      <Prompt.Content data-testid="registration-cancel-prompt">
        <Prompt.Header>
          <Prompt.Title>{pt("registrations.cancelTitle", { name: cancelling?.name ?? "" })}</Prompt.Title>
          <Prompt.Description>{pt("registrations.cancelHint")}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>{pt("registrations.cancelKeep")}</Prompt.Cancel>
          <Prompt.Action
            data-testid="registration-cancel-confirm"
            onClick={() => {
              if (cancelling) cancel.mutate(cancelling)
              setCancelling(null)
            }}
          >
            {pt("registrations.cancel")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )

  if (!open) {
    return (
      <Drawer open onOpenChange={(o) => (!o ? onClose() : undefined)}>
        <Drawer.Content data-testid={DRAWER_ID}>
          <Drawer.Header>
            <Drawer.Title>{pt("registrations.title")}</Drawer.Title>
            <Drawer.Description className="sr-only">{pt("registrations.subtitle")}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {header}
            <Text size="small" className="text-ui-fg-subtle" data-testid="registrations-past">
              {pt("registrations.past")}
            </Text>
            <BookingList registrations={registrations} words={words} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                {t("common.close")}
              </Button>
            </Drawer.Close>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    )
  }

  const loading = !!workshopId && (lists.artisans.isLoading || lists.applications.isLoading)
  return (
    <>
      <FormDrawer
        id={DRAWER_ID}
        title={pt("registrations.title")}
        description={pt("registrations.subtitle")}
        onClose={onClose}
        onSubmit={submit}
        saving={book.isPending}
        submitLabel={chosenCount ? `${pt("registrations.send")} (${chosenCount})` : pt("registrations.send")}
        submitTestId="register-send"
        t={t}
      >
        {header}
        {errors.session_id ? (
          <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid="error-session_id">
            {errors.session_id}
          </Text>
        ) : null}
        <BookingList registrations={registrations} words={words} onCancel={setCancelling} />

        <Text size="small" weight="plus" className="pt-2">
          {pt("registrations.add")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {pt("registrations.subtitle")}
        </Text>
        {session.workshop_id ? null : (
          <ChoiceField
            id="register_workshop"
            label={pt("registrations.workshop")}
            value={pickedWorkshop}
            options={workshops.map((w) => ({ value: w.id, label: w.name_zh }))}
            onChange={(v) => {
              setPickedWorkshop(v)
              setArtisanIds([])
              setApplicationIds([])
              setErrors({})
            }}
            placeholder={pt("registrations.chooseWorkshop")}
            t={t}
          />
        )}
        {!workshopId ? null : loading ? (
          <Text size="small" className="text-ui-fg-subtle">
            {pt("registrations.loading")}
          </Text>
        ) : (
          <>
            <Input
              type="search"
              size="small"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              // Enter searches; it does not book the chosen
              onKeyDown={(e) => (e.key === "Enter" ? e.preventDefault() : undefined)}
              placeholder={pt("registrations.search")}
              aria-label={pt("registrations.search")}
              data-testid="register-search"
            />
            <Field id="artisan_ids" label={pt("registrations.women")} error={errors.artisan_ids} t={t}>
              <ChoiceList
                kind="artisan"
                people={shown(choices.artisans.map((a) => ({ id: a.id, name: a.display_name })))}
                chosen={chosenArtisans}
                onChange={(ids) => {
                  setArtisanIds(ids)
                  setErrors({})
                }}
                empty={pt("registrations.noWomen")}
              />
            </Field>
            <Field id="application_ids" label={pt("registrations.applicants")} error={errors.application_ids} t={t}>
              <ChoiceList
                kind="application"
                people={shown(
                  choices.applications.map((a) => ({
                    id: a.id,
                    name: a.name,
                    hint: `${pt(`applications.state.${a.status}`)} · ${a.opening_title_zh}`,
                  }))
                )}
                chosen={chosenApplications}
                onChange={(ids) => {
                  setApplicationIds(ids)
                  setErrors({})
                }}
                empty={pt("registrations.noApplicants")}
              />
            </Field>
            <Text
              size="xsmall"
              className={overPlaces(chosenCount, left) ? "text-ui-fg-error" : "text-ui-fg-subtle"}
              data-testid="register-chosen"
            >
              {overPlaces(chosenCount, left)
                ? pt("registrations.tooMany", { count: chosenCount, left })
                : pt("registrations.chosen", { count: chosenCount })}
            </Text>
          </>
        )}
      </FormDrawer>
      {prompt}
    </>
  )
}
