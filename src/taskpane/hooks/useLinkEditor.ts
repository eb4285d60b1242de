import { useMemo, useState } from "react";
import { setBenefitLinks, SHARE_TOLERANCE } from "../../app/edit-portfolio";
import type { BudgetLine } from "../../core/budget/budget.types";
import { keyId } from "../../core/calculation/budget-key";
import type { BudgetLink, Measure } from "../../core/model/portfolio.types";
import { parseUserNumber } from "../number-input";
import { useStrings } from "../strings";
import { lineLabel, searchLines } from "./line-search";
import type { PortfolioEdit } from "./usePortfolioEdit";

export type ChosenLine = {
  id: string;
  key: Omit<BudgetLink, "share">;
  label: string;
  percent: string;
};

function linksOf(
  measures: readonly Measure[],
  target: string,
  lines: readonly BudgetLine[],
): ChosenLine[] {
  const [measureId, benefitId] = target.split("/");
  const benefit = measures
    .find((m) => m.id === measureId)
    ?.benefits.find((b) => b.id === benefitId);
  return (benefit?.links ?? []).map((link) => {
    const { share, ...key } = link;
    const line = lines.find((l) => keyId(l.key) === keyId(key));
    return {
      id: keyId(key),
      key,
      label: line ? lineLabel(line) : keyId(key),
      percent: String(share * 100),
    };
  });
}

/** Picking budget lines for one benefit, with shares in percent that must sum to 100. */
export function useLinkEditor(
  measures: readonly Measure[],
  lines: readonly BudgetLine[],
  editor: PortfolioEdit,
) {
  const strings = useStrings();
  const targets = measures.flatMap((m) =>
    m.benefits.map((b) => ({ value: `${m.id}/${b.id}`, text: `${b.id} ${b.name}` })),
  );
  const [target, setTargetState] = useState(targets[0]?.value ?? "");
  const current = targets.some((t) => t.value === target) ? target : (targets[0]?.value ?? "");
  const [chosen, setChosen] = useState<ChosenLine[] | null>(null);
  const [query, setQuery] = useState("");
  const list = chosen ?? linksOf(measures, current, lines);
  const hits = useMemo(
    () => searchLines(lines, query).filter((l) => !list.some((c) => c.id === keyId(l.key))),
    [lines, query, list],
  );
  const shares = list.map((c) => parseUserNumber(c.percent));
  const sum = shares.reduce<number>((a, s) => a + (s ?? 0), 0);
  const valid =
    list.length > 0 &&
    shares.every((s) => s !== null && s > 0) &&
    Math.abs(sum - 100) <= SHARE_TOLERANCE * 100;

  const setTarget = (value: string) => {
    setTargetState(value);
    setChosen(null);
  };
  const pick = (line: BudgetLine) => {
    // A single line takes the whole benefit; later lines start at 0 for the user to divide.
    const percent = list.length === 0 ? "100" : "0";
    const { prosjekt, ...rest } = line.key;
    const key = prosjekt ? { ...rest, prosjekt } : rest;
    setChosen([...list, { id: keyId(line.key), key, label: lineLabel(line), percent }]);
    setQuery("");
  };
  const setPercent = (id: string, percent: string) =>
    setChosen(list.map((c) => (c.id === id ? { ...c, percent } : c)));
  const remove = (id: string) => setChosen(list.filter((c) => c.id !== id));
  const save = () => {
    const [measureId = "", benefitId = ""] = current.split("/");
    const links: BudgetLink[] = list.map((c, i) => ({ ...c.key, share: (shares[i] ?? 0) / 100 }));
    editor.edit(
      "links",
      (p) => setBenefitLinks(p, measureId, benefitId, links),
      strings.links.saved(links.length),
      () => setChosen(null),
    );
  };

  return {
    targets,
    target: current,
    setTarget,
    query,
    setQuery,
    hits,
    list,
    sum,
    valid,
    /** What is wrong, in the order a user fixes it: a share that is no number, a 0 % share. */
    notNumber: list.find((_c, i) => shares[i] === null)?.percent ?? null,
    zeroShare: shares.some((s) => s !== null && s <= 0),
    pick,
    setPercent,
    remove,
    save,
  };
}
