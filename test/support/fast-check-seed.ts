/**
 * One seed for every property test, so that a CI run is the same run each time and a red one can
 * be repeated. `FC_SEED=<number>` picks another seed; `FC_SEED=random` explores (fast-check then
 * prints the seed of any counterexample, and a fixed case for it belongs in the test).
 */
import fc from "fast-check";

const chosen = process.env.FC_SEED ?? "20261205";
if (chosen !== "random") fc.configureGlobal({ seed: Number(chosen) });
