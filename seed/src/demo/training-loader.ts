import { todayInChina } from "@jinxiu/workshop/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARTISANS } from "./people"
import type { People } from "./people-loader"
import { pieceTypeKey, type PieceTypeIds } from "./piece-work-loader"
import { pieceTypeSeeds } from "./piece-types"
import { REQUIRED_SKILLS, SKILLS, trainingPlan } from "./training"
import { workshopIds, workshopService } from "./workshop-service"

/**
 * The programme's skills, its twenty training sessions and who attended them (through the
 * module's recordTrainingAttendance, which grants each woman the session's skill, exactly once),
 * then the skills a few piece types require. Runs before the history: the women doing that work
 * hold the skill by then, so their lines are taken.
 *
 * Sessions are found by topic and date. The dates follow the current month, so a run in a later
 * month, finding the demo's sessions of an earlier one, leaves the training as it is (the skills
 * it granted stay).
 */
export async function loadTraining(
  container: MedusaContainer,
  people: People,
  pieceTypeIds: PieceTypeIds,
  /** today's date in China; given only to try what a later rerun does */
  today: string = todayInChina()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = workshopService(container)
  const workshops = await workshopIds(container)
  const workshopId = (handle: string) => {
    const id = workshops.get(handle)
    if (!id) throw new Error(`Workshop ${handle} is missing`)
    return id
  }

  // Skills
  const existingSkills = await service.listSkills({ code: SKILLS.map((s) => s.code) }, { select: ["id", "code"], take: null })
  const missingSkills = SKILLS.filter((s) => !existingSkills.some((e) => e.code === s.code))
  if (missingSkills.length) await service.createSkills(missingSkills)

  // Sessions
  const plan = trainingPlan(today, ARTISANS, pieceTypeSeeds())
  const existingSessions = await service.listTrainingSessions(
    { topic_zh: [...new Set(plan.map((s) => s.topic_zh))] },
    { select: ["id", "topic_zh", "date"], take: null }
  )
  const sessionId = new Map(existingSessions.map((s) => [`${s.date}:${s.topic_zh}`, s.id]))
  let createdSessions = 0
  let attendance = { recorded: 0, replayed: 0 }
  const fromEarlierMonth = existingSessions.length > 0 && !plan.some((s) => sessionId.has(s.key))
  if (fromEarlierMonth) {
    logger.info(`Training: ${existingSessions.length} demo sessions of an earlier month found, left as they are`)
  } else {
    const missing = plan.filter((s) => !sessionId.has(s.key))
    if (missing.length) {
      const created = await service.createTrainingSessions(
        missing.map((s) => ({
          topic_zh: s.topic_zh,
          topic_en: s.topic_en,
          skill_code: s.skill_code,
          date: s.date,
          place_zh: s.place_zh,
          place_en: s.place_en,
          trainer: s.trainer,
          workshop_id: s.workshop ? workshopId(s.workshop) : null,
          village_zh: s.village_zh,
          village_en: s.village_en,
          capacity: s.capacity,
        }))
      )
      for (const row of created) sessionId.set(`${row.date}:${row.topic_zh}`, row.id)
      createdSessions = created.length
    }

    // Attendance: each workshop's coordinator records her women at the session, as on the desk.
    for (const session of plan) {
      if (session.upcoming) continue
      for (const [workshop, phones] of session.attendance) {
        const coordinator = people.coordinators.get(workshop)
        if (!coordinator) throw new Error(`No coordinator takes attendance for ${workshop}`)
        const result = await service.recordTrainingAttendance({
          coordinator_id: coordinator.id,
          // one key per session and workshop: a rerun of the seed is a replay
          idempotency_key: `demo-attendance:${session.key}:${workshop}`,
          workshop_ids: coordinator.workshop_ids,
          session_id: sessionId.get(session.key)!,
          artisan_ids: phones.map((phone) => people.artisanIds.get(phone)!),
          today,
        })
        if (result.status !== "recorded") {
          throw new Error(`Demo attendance at ${session.key} (${workshop}) was refused: ${result.message}`)
        }
        attendance = {
          recorded: attendance.recorded + result.inserted,
          replayed: attendance.replayed + phones.length - result.inserted,
        }
      }
    }
  }

  // Places booked at the sessions to come, each workshop's women by her coordinator
  let bookings = 0
  if (!fromEarlierMonth) {
    for (const session of plan) {
      for (const [workshop, phones] of session.bookings) {
        const coordinator = people.coordinators.get(workshop)
        if (!coordinator) throw new Error(`No coordinator books places for ${workshop}`)
        const result = await service.registerForTraining({
          session_id: sessionId.get(session.key)!,
          workshop_ids: coordinator.workshop_ids,
          artisan_ids: phones.map((phone) => people.artisanIds.get(phone)!),
          application_ids: [],
          registered_by: coordinator.id,
          today,
        })
        if (result.status !== "registered") throw new Error(`Demo booking at ${session.key} (${workshop}) was refused: ${result.message}`)
        bookings += result.inserted
      }
    }
  }

  // The skills piece types require (set once; a skill changed since in the admin stays as it is)
  const requiring = Object.entries(REQUIRED_SKILLS).map(([key, skill]) => {
    const [workshop, code] = key.split(":")
    const id = pieceTypeIds.get(pieceTypeKey(workshop, code))
    if (!id) throw new Error(`No piece type ${key}`)
    return { id, required_skill: skill }
  })
  const current = await service.listPieceTypes({ id: requiring.map((r) => r.id) }, { select: ["id", "required_skill"], take: null })
  const toSet = requiring.filter((r) => current.some((c) => c.id === r.id && !c.required_skill))
  if (toSet.length) await service.updatePieceTypes(toSet)

  const upcoming = plan.filter((s) => s.upcoming).length
  logger.info(
    `Training: ${SKILLS.length} skills (${missingSkills.length} new), ${plan.length} sessions (${createdSessions} new, ${upcoming} still to come), ` +
      `${attendance.recorded} attendances recorded, ${attendance.replayed} replayed, ${bookings} places booked at sessions to come; ${requiring.length} piece types require a skill (${toSet.length} set now)`
  )
}
