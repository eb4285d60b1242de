/**
 * From an issue (measure, benefit, indicator or deep-dive id, and field) back to the JSON path
 * of the value it is about, so it can be given a line.
 */
import type { Issue } from "../model/issue.types";
import { isJsonObject } from "./field-reader";
import type { JsonPath } from "./json-location";

function indexById(list: unknown, id: string | undefined): number {
  if (id === undefined || !Array.isArray(list)) return -1;
  return list.findIndex(
    (item) =>
      isJsonObject(item) && (typeof item.id === "number" ? String(item.id) : item.id) === id,
  );
}

/** Appends a dotted field path, turning segments into array indices where the JSON has an array. */
function appendField(root: unknown, path: JsonPath, field: string | undefined): JsonPath {
  if (!field) return path;
  let node: unknown = root;
  for (const step of path)
    node =
      isJsonObject(node) || Array.isArray(node)
        ? (node as Record<string, unknown>)[step]
        : undefined;
  const result = [...path];
  for (const segment of field.split(".")) {
    const step = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    result.push(step);
    node =
      isJsonObject(node) || Array.isArray(node)
        ? (node as Record<string, unknown>)[step]
        : undefined;
  }
  return result;
}

/** The JSON path of the value an issue is about (as deep as the ids allow). */
export function jsonPathOfIssue(root: Record<string, unknown>, issue: Issue): JsonPath {
  if (issue.deepDive !== undefined && issue.measure === undefined) {
    const d = indexById(root.deepDives, issue.deepDive);
    return d < 0 ? ["deepDives"] : appendField(root, ["deepDives", d], issue.field);
  }
  const m = indexById(root.measures, issue.measure);
  if (m < 0) return issue.measure === undefined ? appendField(root, [], issue.field) : ["measures"];
  const measure = (root.measures as Record<string, unknown>[])[m];
  let path: JsonPath = ["measures", m];
  const b = indexById(measure?.benefits, issue.benefit);
  if (b >= 0) {
    path = [...path, "benefits", b];
    const benefit = (measure?.benefits as Record<string, unknown>[])[b];
    const i = indexById(benefit?.indicators, issue.indicator);
    if (i >= 0) path = [...path, "indicators", i];
  }
  return appendField(root, path, issue.field);
}
