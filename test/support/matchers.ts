/**
 * Custom matchers. Import this file in a test to use `expect(issues).toHaveIssue("BAD_VALUE", { measure: "T1" })`.
 */
import type { Issue, IssueCode } from "../../src/core/model/issue.types";
import { messageText } from "../../src/app/messages";

type Where = Partial<
  Pick<Issue, "measure" | "benefit" | "indicator" | "deepDive" | "field" | "severity" | "line">
>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- @types/jest declares its matchers in this namespace.
  namespace jest {
    interface Matchers<R> {
      /** The issue list holds an issue with this code (and, when given, these place fields). */
      toHaveIssue(code: IssueCode, where?: Where): R;
    }
  }
}

function matches(issue: Issue, code: IssueCode, where: Where): boolean {
  if (issue.code !== code) return false;
  return Object.entries(where).every(([key, value]) => issue[key as keyof Issue] === value);
}

expect.extend({
  toHaveIssue(received: readonly Issue[], code: IssueCode, where: Where = {}) {
    const pass = received.some((issue) => matches(issue, code, where));
    const listed = received
      .map(
        (i) =>
          `  ${i.severity} ${i.code} ${i.measure ?? ""} ${i.benefit ?? ""} ${i.field ?? ""}: ${messageText(i)}`,
      )
      .join("\n");
    return {
      pass,
      message: () =>
        `expected issues ${pass ? "not " : ""}to contain ${code} ${JSON.stringify(where)}; got:\n${listed || "  (none)"}`,
    };
  },
});

export {};
