export {
  rollPortfolio,
  type DroppedValue,
  type LostLink,
  type RollReport,
  type RollResult,
} from "./roll-portfolio";
export {
  NB_ROLL_WORDS,
  rollReportLines,
  rollReportText,
  type RollReportText,
  type RollReportWords,
} from "./roll-report";
