/**
 * Line numbers in a JSON text, so every message can say where to look (jsonc-parser keeps the
 * offsets that JSON.parse throws away).
 */
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";

export type JsonPath = (string | number)[];

/** A parsed text with its syntax tree, or the first syntax error and its line. */
export type ParsedJson =
  | { ok: true; value: unknown; tree: Node; text: string }
  | { ok: false; line: number; reason: string };

/** Why a file is no JSON: jsonc-parser's codes that the catalogues word, and our two. */
const JSON_ERROR_REASONS: ReadonlySet<string> = new Set([
  "InvalidSymbol",
  "InvalidNumberFormat",
  "PropertyNameExpected",
  "ValueExpected",
  "ColonExpected",
  "CommaExpected",
  "CloseBraceExpected",
  "CloseBracketExpected",
  "EndOfFileExpected",
  "InvalidCommentToken",
  "UnexpectedEndOfComment",
  "UnexpectedEndOfString",
  "UnexpectedEndOfNumber",
  "InvalidUnicode",
  "InvalidEscapeCharacter",
  "InvalidCharacter",
  "Invalid",
  "Empty",
]);

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses strict JSON (no comments, no trailing commas) and keeps the tree for line look-ups. */
export function parseJson(text: string): ParsedJson {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !tree) {
    const offset = first ? first.offset : 0;
    const code = first ? printParseErrorCode(first.error) : "Empty";
    const reason = JSON_ERROR_REASONS.has(code) ? code : "Invalid";
    return { ok: false, line: lineAtOffset(text, offset), reason };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, tree, text };
  } catch {
    // jsonc-parser is slightly more lenient than JSON.parse (e.g. control characters in strings).
    return { ok: false, line: 1, reason: "Invalid" };
  }
}

/**
 * The line of the value at `path`, or of its nearest existing ancestor (a missing field is
 * reported on the line of the object that should hold it).
 */
export function lineOfPath(parsed: { tree: Node; text: string }, path: JsonPath): number {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(parsed.tree, path.slice(0, length));
    if (node) {
      // A value's line is the line of its property name when it has one.
      const anchor = node.parent?.type === "property" ? node.parent : node;
      return lineAtOffset(parsed.text, anchor.offset);
    }
  }
  return 1;
}
