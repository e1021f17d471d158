import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readerNoticeIds } from "../../lib/notices/reader-notices"

export const findReaderNoticesStepId = "find-reader-notices"

/**
 * The ids of her in-app notices: all of them, or those of `ids` that are hers (anyone else's, or
 * no notice at all, is left out, so nobody can mark another's notices).
 */
export const findReaderNoticesStep = createStep(
  findReaderNoticesStepId,
  async (input: { reader_id: string; ids?: string[] }, { container }) => {
    return new StepResponse(await readerNoticeIds(container, input.reader_id, input.ids))
  }
)
