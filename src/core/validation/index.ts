export { validatePortfolio } from "./validate-portfolio";
export { validateValues } from "./validate-values";
export { validateStructure, SHARE_SUM_TOLERANCE } from "./validate-structure";
export { validateLinks, validateOverdrawn } from "./validate-links";
export { ISSUE_SEVERITY, makeIssue, type IssuePlace } from "./issue-factory";
