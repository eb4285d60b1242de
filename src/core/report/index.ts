export {
  buildReport,
  reportFromResult,
  writeReportJson,
  type BuildReportOptions,
} from "./build-report";
export {
  REPORT_FORMAT,
  REPORT_VERSION,
  type Report,
  type ReportAdjustment,
  type ReportAggregate,
  type ReportBalance,
  type ReportFigures,
  type ReportIndicator,
  type ReportMeasure,
} from "./report.types";
