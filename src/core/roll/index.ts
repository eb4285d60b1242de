export {
  rollPortfolio,
  type DroppedValue,
  type LostLink,
  type RollReport,
  type RollResult,
} from "./roll-portfolio";
