export {
  prioritiseMeasures,
  type Prioritisation,
  type ProposedMeasure,
  type RankedMeasure,
} from "./prioritise";
export { coverShortfall } from "./cover";
