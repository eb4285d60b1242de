export { MemoryWorkbook } from "./memory-workbook";
export type { CellSnapshot, Evaluator, WorkbookSnapshot } from "./memory-workbook";
export { MemorySheet } from "./memory-sheet";
export type { MemoryCell } from "./memory-sheet";
export type { SeedCell, SeedSheet, WorkbookSeed } from "./workbook-seed";
export { isFormulaSeed } from "./workbook-seed";
