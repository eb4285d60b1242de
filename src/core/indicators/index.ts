export { isIsoDate, toDayNumber } from "./iso-date";
export {
  evaluateIndicator,
  indicatorStatus,
  latestMeasurement,
  targetPathValue,
} from "./evaluate-indicator";
