import { todayInChina, type ApplicationState } from "@jinxiu/workshop/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_PASSWORD } from "./admin-user"
import type { People } from "./people-loader"
import { pieceTypeKey, type PieceTypeIds } from "./piece-work-loader"
import {
  APPLICANTS,
  MAMA_POST_FEATURES_OF,
  OPENINGS,
  applicantAddress,
  applicationState,
  awardRows,
  remainingSteps,
} from "./programme"
import { workshopIds, workshopService } from "./workshop-service"

/**
 * The mama-post side of the workshops: their features, their openings, and thirty women who
 * applied, each moved as far as her story goes (the hired ones through the real hire workflow, so
 * each is an artisan of the opening's workshop with her phone login). Runs after the history, so
 * the openings' pay is read from a full ledger and the women hired today have no work yet.
 *
 * Openings are found by workshop and Chinese title, applications by phone; only what is missing is
 * made. Every opening is made open, so the women can apply through the module's applyToOpening
 * (counted by the throttle like any application, each under its own client address); the ones
 * that are filled or over are closed once their applications are in.
 */
export async function loadOpenings(container: MedusaContainer, people: People, pieceTypeIds: PieceTypeIds) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = workshopService(container)
  const workshops = await workshopIds(container)
  const workshopId = (handle: string) => {
    const id = workshops.get(handle)
    if (!id) throw new Error(`Workshop ${handle} is missing`)
    return id
  }

  // Mama-post features (set once; the admin's changes stay)
  const rows = await service.listWorkshops({ handle: Object.keys(MAMA_POST_FEATURES_OF) }, { select: ["id", "handle", "mama_post_features"] })
  const featureless = rows.filter((w) => !(w.mama_post_features as unknown[] | null)?.length)
  if (featureless.length) {
    await service.updateWorkshops(featureless.map((w) => ({ id: w.id, mama_post_features: MAMA_POST_FEATURES_OF[w.handle as string] })))
  }

  // Openings
  const existingOpenings = await service.listOpenings(
    { workshop_id: [...workshops.values()] },
    { select: ["id", "workshop_id", "title_zh", "status"], take: null }
  )
  const openingKey = (workshop_id: string, title_zh: string) => `${workshop_id}:${title_zh}`
  const openings = new Map(existingOpenings.map((o) => [openingKey(o.workshop_id, o.title_zh), o]))
  const missingOpenings = OPENINGS.filter((o) => !openings.has(openingKey(workshopId(o.workshop), o.title.zh)))
  if (missingOpenings.length) {
    const created = await service.createOpenings(
      missingOpenings.map((o) => ({
        workshop_id: workshopId(o.workshop),
        title_zh: o.title.zh,
        title_en: o.title.en,
        description_zh: o.description.zh,
        description_en: o.description.en,
        piece_type_ids: o.work.map((code) => {
          const id = pieceTypeIds.get(pieceTypeKey(o.workshop, code))
          if (!id) throw new Error(`Opening ${o.key}: no piece type ${code} in ${o.workshop}`)
          return id
        }),
        place: o.place,
        district_zh: o.district.zh,
        district_en: o.district.en,
        town_zh: o.town?.zh ?? null,
        town_en: o.town?.en ?? null,
        hours_zh: o.hours.zh,
        hours_en: o.hours.en,
        positions: o.positions,
        // open until its applications are in (applying needs an open opening)
        status: "open",
      }))
    )
    for (const row of created) openings.set(openingKey(row.workshop_id, row.title_zh), row)
  }
  const openingOf = (key: string) => {
    const seed = OPENINGS.find((o) => o.key === key)!
    return { seed, row: openings.get(openingKey(workshopId(seed.workshop), seed.title.zh))! }
  }

  // Applications
  const existingApplications = await service.listApplications(
    { phone: APPLICANTS.map((a) => a.phone) },
    { select: ["id", "phone", "opening_id", "status"], take: null }
  )
  const counts = { applied: 0, moved: 0, hired: 0, skipped: 0 }
  for (const [i, applicant] of APPLICANTS.entries()) {
    const { seed: opening, row: openingRow } = openingOf(applicant.opening)
    const coordinator = people.coordinators.get(opening.workshop)
    if (!coordinator) throw new Error(`No coordinator for ${opening.workshop}`)
    let application = existingApplications.find((a) => a.phone === applicant.phone && a.opening_id === openingRow.id)
    let status = (application?.status ?? "new") as ApplicationState
    if (!application) {
      const result = await service.applyToOpening({
        opening_id: openingRow.id,
        name: applicant.name,
        phone: applicant.phone,
        town: applicant.town,
        availability: applicant.availability,
        childcare_needs: applicant.childcare_needs,
        consent: true,
        locale: applicant.locale,
        address: applicantAddress(i + 1),
      })
      if (result.kind !== "applied") {
        // a closed opening (closed by an earlier run, or by hand) or the throttle: left out
        logger.warn(`Demo application ${applicant.phone} to ${opening.key}: ${result.kind}, left out`)
        counts.skipped++
        continue
      }
      application = { id: result.application_id }
      status = result.status as ApplicationState
      counts.applied++
    }
    const steps = remainingSteps(applicant.steps, status)
    if (!steps) {
      logger.warn(`Demo application ${applicant.phone} stands at ${status}, not where its story goes: left as it is`)
      continue
    }
    for (const step of steps) {
      if (step.to === "hired") {
        await hire(container, { application_id: application.id, phone: applicant.phone, note: step.note, coordinator })
        counts.hired++
        continue
      }
      const moved = await service.moveApplication({
        application_id: application.id,
        to: step.to,
        note: step.note,
        actor_id: coordinator.id,
        workshop_ids: coordinator.workshop_ids,
      })
      if (moved.kind !== "moved") throw new Error(`Demo application ${applicant.phone}: move to ${step.to} ${moved.kind}`)
      counts.moved++
    }
  }

  // Applicants on trial are booked at the first training to come open to their workshop, by their coordinator
  const today = todayInChina()
  const onTrial = await service.listApplications({ phone: APPLICANTS.map((a) => a.phone), status: "trial" }, { select: ["id", "workshop_id"], take: null })
  const coming = (await service.listTrainingSessions({}, { select: ["id", "date", "workshop_id"], take: null }))
    .filter((s) => s.date > today)
    .sort((a, b) => a.date.localeCompare(b.date))
  let booked = 0
  for (const application of onTrial) {
    const session = coming.find((s) => s.workshop_id === null || s.workshop_id === application.workshop_id)
    const coordinator = [...people.coordinators.values()].find((c) => c.workshop_ids.includes(application.workshop_id))
    if (!session || !coordinator) continue
    const result = await service.registerForTraining({
      session_id: session.id,
      workshop_ids: coordinator.workshop_ids,
      artisan_ids: [],
      application_ids: [application.id],
      registered_by: coordinator.id,
      today,
    })
    if (result.status === "registered") booked += result.inserted
    else logger.warn(`Demo booking of application ${application.id}: ${result.message}`)
  }

  // Filled and finished openings closed, now that their applications are in
  const toClose = OPENINGS.filter((o) => o.status === "closed")
    .map((o) => openingOf(o.key).row)
    .filter((row) => row.status !== "closed")
  if (toClose.length) await service.updateOpenings(toClose.map((row) => ({ id: row.id, status: "closed" })))

  const states = APPLICANTS.reduce<Record<string, number>>((n, a) => ({ ...n, [applicationState(a)]: (n[applicationState(a)] ?? 0) + 1 }), {})
  logger.info(
    `Mama posts: features on ${rows.length} workshops (${featureless.length} set now); ${OPENINGS.length} openings (${missingOpenings.length} new, ` +
      `${OPENINGS.filter((o) => o.status === "closed").length} closed); ${APPLICANTS.length} applications ` +
      `(${Object.entries(states).map(([s, n]) => `${n} ${s}`).join(", ")}): ${counts.applied} new, ${counts.moved} moves, ` +
      `${counts.hired} hired now${counts.skipped ? `, ${counts.skipped} left out` : ""}; ${booked} on trial booked at a training to come`
  )
}

/**
 * The plugin's hire workflow, run by its id through the workflow engine (the plugin's workflows are
 * loaded by `medusa exec`; importing them here would bring their sources into the seed's type check).
 */
const HIRE_APPLICATION_WORKFLOW = "hire-application"

/**
 * Hires her through the hire workflow, as her coordinator (her artisan record in the opening's
 * workshop, her phone as her login), then gives her login the demo password instead of the one
 * the workflow made up and would have shown once.
 */
async function hire(
  container: MedusaContainer,
  input: { application_id: string; phone: string; note: string; coordinator: { id: string; workshop_ids: string[] } }
) {
  const { errors } = await container.resolve(Modules.WORKFLOW_ENGINE).run(HIRE_APPLICATION_WORKFLOW, {
    input: {
      application_id: input.application_id,
      actor_id: input.coordinator.id,
      note: input.note,
      workshop_ids: input.coordinator.workshop_ids,
      request_id: `seed:hire:${input.application_id}`,
    },
    throwOnError: true,
  })
  if (errors?.length) throw new Error(`Hiring ${input.phone} failed: ${errors.map((e) => e.error?.message ?? e).join("; ")}`)
  const result = await container.resolve(Modules.AUTH).updateProvider("phone", { entity_id: input.phone, password: DEMO_PASSWORD })
  if (!result.success) throw new Error(`Could not set the demo password of ${input.phone}: ${result.error}`)
}

/**
 * The contest awards: a row for the piece, for its workshop where the award names it, and for
 * each maker who consented to a public profile. Found by (year, level, subject); only what is
 * missing is made.
 */
export async function loadAwards(container: MedusaContainer, people: People) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = workshopService(container)
  const workshops = await workshopIds(container)
  const rows = awardRows()
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: [...new Set(rows.filter((r) => r.subject_type === "product").map((r) => r.subject))] }, { select: ["id", "handle"], take: null })
  const productId = new Map(products.map((p) => [p.handle, p.id]))
  const subjectId = (row: (typeof rows)[number]) => {
    const id =
      row.subject_type === "product"
        ? productId.get(row.subject)
        : row.subject_type === "workshop"
          ? workshops.get(row.subject)
          : people.artisanIds.get(row.subject)
    if (!id) throw new Error(`Award ${row.year} ${row.level}: no ${row.subject_type} ${row.subject}`)
    return id
  }
  const existing = await service.listAwards(
    { year: [...new Set(rows.map((r) => r.year))] },
    { select: ["id", "year", "level", "subject_type", "subject_id"], take: null }
  )
  const key = (a: Record<string, unknown>) => `${a.year}:${a.level}:${a.subject_type}:${a.subject_id}`
  const have = new Set(existing.map(key))
  const missing = rows
    .map(({ subject, ...row }) => ({ ...row, subject_id: subjectId({ subject, ...row }) }))
    .filter((row) => !have.has(key(row)))
  if (missing.length) await service.createAwards(missing)
  logger.info(`Awards: ${rows.length} (${missing.length} new)`)
}
