/** The pane's languages; bokmål is the default. */
import { createContext, useContext } from "react";
import { en } from "./en";
import { nb, type Strings } from "./nb";
import { nn } from "./nn";

export type { Strings } from "./nb";
export const LANGUAGES = ["nb", "nn", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const STRINGS: Record<Language, Strings> = { nb, nn, en };

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

export const StringsContext = createContext<Strings>(nb);

/** The texts in the language the user chose. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
