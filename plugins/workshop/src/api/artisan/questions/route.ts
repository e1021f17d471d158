import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import { askStatementQuestionWorkflow } from "../../../workflows/ask-statement-question"
import { idempotencyKeyOf, missingIdempotencyKey } from "../../common-validators"
import { workshopMonth } from "../../../lib/clock"
import type { ArtisanAskQuestionType, ArtisanListQuestionsType } from "./validators"

/** What she doesn't need to see of a question: who resolved it. */
const forHer = <Q extends { resolved_by?: unknown; artisan_name?: unknown }>({ resolved_by: _by, artisan_name: _name, ...q }: Q) => q

/**
 * GET /artisan/questions?period=: her own questions (of that month), each with its state and the
 * answer; with a month, also her confirmation of it (or null).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ArtisanListQuestionsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as ArtisanListQuestionsType
  const artisanId = req.auth_context.actor_id
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const [{ questions }, confirmation] = await Promise.all([
    service.listStatementQuestionDetails({ artisan_id: artisanId, period: q.period, limit: 200 }),
    q.period ? service.statementConfirmationOf(artisanId, q.period) : Promise.resolve(null),
  ])
  res.json({ questions: questions.map(forHer), confirmation })
}

/**
 * POST /artisan/questions { period, ledger_entry_id?, reason, note? } with an Idempotency-Key:
 * she questions one line of her month (it must be hers and of that month: else 404), or says work
 * is missing (`missing_work`, no line). The same key asks once (a replay answers 200 with the
 * question); with another question it is a 409. A line with an open question is a 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ArtisanAskQuestionType>, res: MedusaResponse) => {
  const key = idempotencyKeyOf(req.get("idempotency-key"))
  if (!key) {
    return res.status(400).json(missingIdempotencyKey("question"))
  }
  const body = req.validatedBody
  if (body.period > workshopMonth()) {
    return res.status(400).json({ type: "invalid_data", field: "period", message: "period: 这个月还没到 / that month hasn't begun" })
  }
  const asked = { period: body.period, ledger_entry_id: body.ledger_entry_id ?? null, reason: body.reason, note: body.note ?? null }
  const { result } = await askStatementQuestionWorkflow(req.scope).run({
    input: {
      ...asked,
      artisan_id: req.auth_context.actor_id,
      idempotency_key: key,
      request_hash: crypto.createHash("sha256").update(JSON.stringify(asked)).digest("hex"),
    },
  })
  switch (result.status) {
    case "artisan_not_found":
    case "line_not_found":
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${body.ledger_entry_id ?? ""} was not found in ${body.period}`)
    case "line_required":
      return res.status(400).json({
        type: "invalid_data",
        field: "ledger_entry_id",
        message: "ledger_entry_id: 请选择有疑问的那一行 / name the line this question is about (only missing work needs none)",
      })
    case "conflict":
      return res.status(409).json({ type: "conflict", message: "Idempotency-Key was already used for another question" })
    case "already_open":
      return res.status(409).json({ type: "conflict", message: "这一行已经有一个待处理的疑问 / this line already has an open question", question_id: result.question_id })
  }
  const service: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const {
    questions: [question],
  } = await service.listStatementQuestionDetails({ ids: [result.question_id], artisan_id: req.auth_context.actor_id })
  if (result.status === "replayed") res.setHeader("Idempotent-Replayed", "true")
  res.status(result.status === "opened" ? 201 : 200).json({ question: forHer(question) })
}
