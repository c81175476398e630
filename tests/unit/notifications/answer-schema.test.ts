import { describe, expect, it } from "vitest";
import { answerSchema, DECLINE_REASONS } from "~/domain/opportunities/answer-schema";

const issues = (questionCount: number, input: unknown) => {
  const result = answerSchema(questionCount).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};
const interested = {
  intent: "interested",
  enterpriseId: "12",
  message: "Nous sommes intéressés.",
  answers: ["a", "b"],
};

describe("the answer form's schema", () => {
  it("accepts 'interested' with a message and exactly one answer per question", () => {
    expect(answerSchema(2).parse(interested)).toEqual({ ...interested, enterpriseId: 12 });
    expect(answerSchema(0).parse({ ...interested, answers: undefined })).toMatchObject({ answers: [] });
  });

  it("refuses a missing, short or long message", () => {
    expect(issues(2, { ...interested, message: undefined })).toEqual(["message:answer.messageRequired"]);
    expect(issues(2, { ...interested, message: "  court  " })).toEqual(["message:tooShort"]);
    expect(issues(2, { ...interested, message: "x".repeat(4001) })).toEqual(["message:tooLong"]);
  });

  it("refuses the wrong number of answers, and empty answers", () => {
    expect(issues(2, { ...interested, answers: ["a"] })).toEqual(["answers:answer.wrongAnswerCount"]);
    expect(issues(2, { ...interested, answers: ["a", "b", "c"] })).toEqual(["answers:answer.wrongAnswerCount"]);
    expect(issues(1, { ...interested, answers: undefined })).toEqual(["answers:answer.wrongAnswerCount"]);
    expect(issues(2, { ...interested, answers: ["a", "   "] })).toEqual(["answers.1:answer.answerRequired"]);
    expect(issues(2, { ...interested, answers: ["a", undefined] })).toEqual(["answers.1:answer.answerRequired"]);
  });

  it("accepts 'not interested' with a reason from the list, details required only for 'other'", () => {
    for (const reason of DECLINE_REASONS.filter((r) => r !== "other"))
      expect(answerSchema(2).parse({ intent: "not_interested", enterpriseId: "3", reason })).toEqual({
        intent: "not_interested",
        enterpriseId: 3,
        reason,
        detail: undefined,
      });
    expect(issues(2, { intent: "not_interested", enterpriseId: "3", reason: "other" })).toEqual([
      "detail:answer.detailRequiredForOther",
    ]);
    expect(
      issues(2, { intent: "not_interested", enterpriseId: "3", reason: "other", detail: "Fermeture estivale" }),
    ).toEqual([]);
    expect(issues(2, { intent: "not_interested", enterpriseId: "3" })).toEqual(["reason:answer.reasonRequired"]);
    expect(issues(2, { intent: "not_interested", enterpriseId: "3", reason: "lazy" })).toEqual([
      "reason:answer.reasonRequired",
    ]);
  });

  it("refuses an unknown intent and a malformed enterprise", () => {
    expect(issues(2, { ...interested, intent: "maybe" })).toEqual(["intent:answer.badIntent"]);
    expect(issues(2, { ...interested, enterpriseId: "abc" })).toEqual(["enterpriseId:errors.badEnterprise"]);
    expect(issues(2, { ...interested, enterpriseId: "-4" })).toEqual(["enterpriseId:errors.badEnterprise"]);
  });
});
