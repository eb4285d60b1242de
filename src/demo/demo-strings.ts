/** The demo workbench's own texts (bokmål); the task pane beside it has its own string modules. */
export const demoStrings = {
  title: "Gevinst – demo uten Excel",
  intro:
    "Arbeidsboken til venstre er en vanlig budsjettarbeidsbok i nettleseren. Tillegget til høyre arbeider på den som i Excel.",
  sheets: "Ark",
  formulaBar: "Innhold i valgt celle",
  cellAddress: "Valgt celle",
  grid: (sheet: string) => `Arket ${sheet}`,
  open: "Åpne .xlsx",
  save: "Last ned .xlsx",
  opening: "Åpner …",
  openFailed:
    "Kunne ikke åpne filen. Er det en .xlsx-arbeidsbok eller en CSV-fil? Prøv en annen fil.",
  saveFailed: "Kunne ikke lage .xlsx-filen. Prøv igjen.",
  reset: "Eksempelbudsjettet",
  sample: "Eksempel med tiltak",
  sampleFailed: "Kunne ikke laste eksempelet. Last inn siden på nytt og prøv igjen.",
  truncated: (rows: number, cols: number) => `Viser de første ${rows} radene og ${cols} kolonnene.`,
  loading: "Starter formelmotoren …",
  engineFailed: "Formelmotoren kunne ikke starte; formler vises uten verdier.",
};
