import { describe, expect, it } from "vitest";
import { activeStep } from "./steps";

const none = { contact: false, shipping: false, payment: false, review: false };
const addressDone = { ...none, contact: true };
const allDone = { contact: true, shipping: true, payment: true, review: false };

describe("activeStep", () => {
  it("starts with the contact step", () => {
    expect(activeStep(none, undefined)).toBe("contact");
  });

  it("goes to the first step not done", () => {
    expect(activeStep(addressDone, undefined)).toBe("shipping");
    expect(activeStep(allDone, undefined)).toBe("review");
  });

  it("opens an earlier step to change it", () => {
    expect(activeStep(allDone, "contact")).toBe("contact");
    expect(activeStep(allDone, "payment")).toBe("payment");
  });

  it("never jumps past a step that is not done, and ignores unknown steps", () => {
    expect(activeStep(addressDone, "review")).toBe("shipping");
    expect(activeStep(none, "payment")).toBe("contact");
    expect(activeStep(allDone, "nonsense")).toBe("review");
    expect(activeStep(allDone, ["contact"])).toBe("review");
  });
});
