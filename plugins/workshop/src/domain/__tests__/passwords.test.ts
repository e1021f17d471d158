import { describe, expect, it } from "vitest"
import { newPasswordProblem } from "../passwords"

describe("a new password", () => {
  it("is refused when made of spaces, or with a space at its start or end", () => {
    expect(newPasswordProblem("        ")).toBe("blank_edges")
    expect(newPasswordProblem(" jinxiu-demo")).toBe("blank_edges")
    expect(newPasswordProblem("jinxiu-demo ")).toBe("blank_edges")
    expect(newPasswordProblem("jinxiu-demo\u3000")).toBe("blank_edges")
  })

  it("too short, too long, or fine (spaces inside are fine)", () => {
    expect(newPasswordProblem("short")).toBe("too_short")
    expect(newPasswordProblem("x".repeat(1000))).toBe("too_long")
    expect(newPasswordProblem("jinxiu demo 2026")).toBeNull()
  })
})
