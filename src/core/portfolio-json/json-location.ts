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
  | { ok: false; line: number; message: string; reason: string };

/** Why a file is no JSON, in bokmål, by reason (the catalogues have the same reasons). */
export const JSON_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: "ugyldig tegn",
  InvalidNumberFormat: "ugyldig tall",
  PropertyNameExpected: "mangler feltnavn i anførselstegn",
  ValueExpected: "mangler en verdi",
  ColonExpected: "mangler kolon",
  CommaExpected: "mangler komma",
  CloseBraceExpected: "mangler }",
  CloseBracketExpected: "mangler ]",
  EndOfFileExpected: "ventet slutt på filen",
  InvalidCommentToken: "kommentarer er ikke lov i JSON",
  UnexpectedEndOfComment: "kommentarer er ikke lov i JSON",
  UnexpectedEndOfString: "tekst mangler avsluttende anførselstegn",
  UnexpectedEndOfNumber: "tallet slutter for tidlig",
  InvalidUnicode: "ugyldig unicode",
  InvalidEscapeCharacter: "ugyldig escape-tegn",
  InvalidCharacter: "ugyldig tegn",
  Invalid: "ugyldig JSON",
  Empty: "filen er tom",
};

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
    const reason = JSON_ERROR_TEXT[code] === undefined ? "Invalid" : code;
    const why = JSON_ERROR_TEXT[reason] ?? "";
    return { ok: false, line: lineAtOffset(text, offset), message: why, reason };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, tree, text };
  } catch {
    // jsonc-parser is slightly more lenient than JSON.parse (e.g. control characters in strings).
    return { ok: false, line: 1, message: JSON_ERROR_TEXT.Invalid ?? "", reason: "Invalid" };
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
