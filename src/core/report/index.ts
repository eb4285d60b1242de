export {
  buildReport,
  reportFromResult,
  writeReportJson,
  type BuildReportOptions,
  type IssueText,
} from "./build-report";
export {
  REPORT_FORMAT,
  REPORT_VERSION,
  type Report,
  type ReportAdjustment,
  type ReportAggregate,
  type ReportAggregateFigures,
  type ReportAdjustmentYear,
  type ReportBalance,
  type ReportFigures,
  type ReportIndicator,
  type ReportIssue,
  type ReportMeasure,
  type ReportMeasureYear,
} from "./report.types";
