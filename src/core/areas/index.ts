export { areaCodeOf, calculateAreas, checkAreaTargets } from "./calculate-areas";
export type {
  Area,
  AreaFigures,
  AreaGrouping,
  AreaResult,
  AreaTargetsExceedTotal,
  AreaYear,
  UnassignedYear,
} from "./area.types";
