import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTICE_MODULE } from "../../modules/notice"
import type { NoticeModuleService } from "../../modules/notice/service"

export const markNoticesReadStepId = "mark-notices-read"

/** Marks her notices read (those read already stay as they were); compensation unmarks the new ones. */
export const markNoticesReadStep = createStep(
  markNoticesReadStepId,
  async (input: { reader_id: string; notification_ids: string[] }, { container }) => {
    const service: NoticeModuleService = container.resolve(NOTICE_MODULE)
    const marked = await service.markNoticesRead(input.reader_id, input.notification_ids)
    return new StepResponse(marked, { reader_id: input.reader_id, marked })
  },
  async (undo, { container }) => {
    if (!undo?.marked.length) return
    const service: NoticeModuleService = container.resolve(NOTICE_MODULE)
    await service.unmarkNoticesRead(undo.reader_id, undo.marked)
  }
)
