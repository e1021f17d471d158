import { describe, expect, it } from "vitest"
import { inLanguage } from "../bilingual"

const prize = "省赛获奖：广东省妇女手工大赛铜奖 / Contest prize: bronze, Guangdong women's handicraft contest"

describe("text written for both languages", () => {
  it("shows the half in the reader's language", () => {
    expect(inLanguage(prize, "zh-CN")).toBe("省赛获奖：广东省妇女手工大赛铜奖")
    expect(inLanguage(prize, "en")).toBe("Contest prize: bronze, Guangdong women's handicraft contest")
  })

  it("leaves alone text in one language, or with a slash of its own", () => {
    expect(inLanguage("少记了两件", "en")).toBe("少记了两件")
    expect(inLanguage("Missing 2 pieces", "zh-CN")).toBe("Missing 2 pieces")
    expect(inLanguage("A / B", "zh-CN")).toBe("A / B")
    expect(inLanguage("材料费 / 工具费 / tools", "en")).toBe("材料费 / 工具费 / tools")
  })
})
