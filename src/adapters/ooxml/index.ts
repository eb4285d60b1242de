export type { ByteSink, ByteSource, Codec } from "./bytes";
export { MemorySink, memorySource, webCodec } from "./bytes";
export { OoxmlWorkbook, MAX_CELL_TEXT } from "./ooxml-workbook";
export type { LongText } from "./ooxml-workbook";
export { SheetModel } from "./sheet-model";
export { NotAZipError } from "./zip-reader";
