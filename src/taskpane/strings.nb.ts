/**
 * Every user-facing text in the task pane, in Norwegian bokmål. Nynorsk and English come later
 * (issue 7) as sibling modules with the same shape.
 */
export const strings = {
  appTitle: "Gevinst",
  tagline: "Gevinstrealisering i kommunens eget budsjett",
  host: {
    noExcelTitle: "Excel er ikke til stede",
    noExcelBody:
      "Gevinst er et tillegg for Excel og arbeider i budsjettarbeidsboken din. Åpne Gevinst fra fanen Hjem i Excel.",
    demoHint:
      "Vil du prøve uten Excel? Kjør «npm run demo» i prosjektmappen og åpne http://localhost:3000 i nettleseren.",
    tooOldTitle: "Denne Excel-versjonen er for gammel",
    tooOldBody:
      "Gevinst trenger Excel 2019 eller nyere, Microsoft 365 eller Excel på nettet (ExcelApi 1.9). Oppdater Excel, eller åpne arbeidsboken i Excel på nettet.",
  },
  roles: {
    label: "Velg rolle",
    placeholder: "Kommer snart.",
    "budget-officer": {
      tab: "Budsjettansvarlig",
      summary:
        "Koble til budsjettet, opprett Gevinst-arkene, legg til dypdykk, tiltak og gevinster og knytt dem til budsjettlinjer.",
    },
    "line-manager": {
      tab: "Linjeleder",
      summary: "Mine ark: dypdykkene du er ansvarlig for, hva som mangler og hva som må rettes.",
    },
    "finance-director": {
      tab: "Økonomisjef",
      summary:
        "Gjennomgang: summer per planår, balanse mot innsparingskravet, prioritering og godkjenning.",
    },
    "annual-cycle": {
      tab: "Årshjul",
      summary: "Kvartalets aktiviteter, roller og dokumenter, og A3-arkene som hører til.",
    },
  },
} as const;
