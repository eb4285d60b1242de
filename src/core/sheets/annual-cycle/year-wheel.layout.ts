/**
 * «Gevinst Årshjul»: KS Helhetsmodellen's annual wheel (shared/spec/helhetsmodellen.md), one row
 * per activity of the four quarters: what, why, who does what, the document it produces and a
 * link to the sheet that document lives on, with a status and date people fill in. The current
 * quarter is highlighted.
 */
export const YEAR_WHEEL_TITLE = "Årshjul for gevinstarbeidet (KS Helhetsmodellen)";
/** Status and date stay in columns F and G (the task pane reads them there). */
export const YEAR_WHEEL_HEADERS = [
  "Kvartal",
  "Aktivitet",
  "Hvorfor",
  "Hvem gjør hva",
  "Dokumenter",
  "Status",
  "Dato",
  "Dokumentet i arbeidsboka",
] as const;
export const YEAR_WHEEL_STATUSES = ["Ikke startet", "Pågår", "Ferdig"] as const;
/** 175 characters: one A4 landscape page wide at 80 % or more (the texts wrap). */
export const YEAR_WHEEL_WIDTHS = [8, 28, 30, 32, 22, 12, 11, 22] as const;

/** Where a document lives: a fixed sheet, or the first of a deep-dive's sheets of that kind. */
export type DocumentPlace =
  "a3Kommune" | "overview" | "summary" | "budgetLinks" | "deepDive" | "a3K2" | "a3K3" | "a3K4";

export type YearWheelActivity = {
  quarter: 1 | 2 | 3 | 4;
  what: string;
  why: string;
  who: string;
  documents: string;
  place: DocumentPlace;
};

export const YEAR_WHEEL_ACTIVITIES: readonly YearWheelActivity[] = [
  {
    quarter: 1,
    what: "Skaffe overblikk: tverrfaglige analyser av dagens drift (nå-situasjon) mot mål, strategier og minimumskrav i lov og forskrift (ønsket situasjon).",
    why: "Se dagens situasjon og behovet for endring; vise gapet mellom nå-situasjon og ønsket situasjon.",
    who: "Stab/støtte samler data på overordnet nivå og peker på udekkede behov, problemer, teknologiske muligheter og uforløste gevinster (mulige gevinstkalkyler).",
    documents: "Årsrapport med overordnet driftsanalyse; nå-situasjon, ønsket situasjon og gap.",
    place: "overview",
  },
  {
    quarter: 1,
    what: "Felles verksted på tvers av ledernivå og fagområder.",
    why: "Kjenne handlingsrommet, også ny teknologi, for kommunen som helhet.",
    who: "Linjeledere vurderer, deler innsikt og tilfører kunnskap i tverrfaglig dialog; budsjettsjef/økonomisjef holder verkstedet etter avtale med kommunedirektøren.",
    documents: "Overordnet A3 for kommunen.",
    place: "a3Kommune",
  },
  {
    quarter: 1,
    what: "Velge delområder for dypdykk: områder kommunen må gjøre noe med, og endringer med stort gevinstpotensial.",
    why: "Et grunnlag for å velge dypdykk.",
    who: "Budsjettsjef/økonomisjef og kommunedirektøren, etter verkstedet.",
    documents: "A3 for kommunen med valgte dypdykk (versjon K1).",
    place: "a3Kommune",
  },
  {
    quarter: 2,
    what: "Gjøre dypdykk: analysere de valgte delområdene uavhengig av budsjettlinjer, fagområder og strukturer, med vekt på verdikjeder og sluttbrukere.",
    why: "Bedre grunnlag for å velge riktige tiltak.",
    who: "Stab/støtte samler data per dypdykk; berørte linjeledere vurderer og tilfører kunnskap.",
    documents:
      "A3 per dypdykk (på tvers av organisasjonen, bygd på hele verdikjeder eller problemer).",
    place: "a3K2",
  },
  {
    quarter: 2,
    what: "Identifisere og beregne gevinstpotensialet per delområde.",
    why: "Realistisk, helhetlig og balansert budsjett og økonomiplan; drift som er forsvarlig, effektiv og når mål og minimumskrav.",
    who: "Linjeledere legger inn tiltak, gevinster og budsjettkoblinger i dypdykkarket; stab/støtte kvalitetssikrer.",
    documents: "Dypdykkarket med beregnet potensial per planår.",
    place: "deepDive",
  },
  {
    quarter: 2,
    what: "Felles verksted per dypdykk.",
    why: "Samle kunnskapen om delområdet på tvers av enhetene.",
    who: "En leder utpekt av kommunedirektøren kaller inn og holder verkstedet.",
    documents: "A3 per dypdykk (dato for verkstedet).",
    place: "a3K2",
  },
  {
    quarter: 2,
    what: "Budsjettskriv for neste budsjett og økonomiplan.",
    why: "Gi rammer og oppdrag for budsjettarbeidet.",
    who: "Budsjettsjef/økonomisjef.",
    documents: "Budsjettskriv; sammendrag per planår.",
    place: "summary",
  },
  {
    quarter: 3,
    what: "Velge endringstiltak: prioritere det viktigste for neste budsjett- og økonomiplanperiode.",
    why: "Lukke gapet mellom nå-situasjon og ønsket situasjon raskest og med størst effekt for kommunen som helhet.",
    who: "Stab/støtte lager én felles presentasjon: justert A3 for kommunen og A3 per dypdykk med udekkede behov, problemer og beregnet potensial med tiltak.",
    documents: "A3 per prioritert dypdykk med prioriterte tiltak og mulige indikatorer.",
    place: "a3K3",
  },
  {
    quarter: 3,
    what: "Felles verksted der linjelederne legger fram den felles kunnskapen.",
    why: "Velge tiltak på tvers, for kommunen som helhet.",
    who: "Linjeledere legger fram; budsjettansvarlig holder verkstedet.",
    documents: "Justert A3 for kommunen (versjon K3).",
    place: "a3Kommune",
  },
  {
    quarter: 3,
    what: "Realistisk, helhetlig og balansert budsjett og økonomiplan som innspill til kommunedirektørens forslag (vanligvis ferdig i oktober).",
    why: "Tiltakene og uttakene står i budsjettet, og balansen per planår er kjent.",
    who: "Budsjettsjef/økonomisjef; økonomirådgiver kobler tiltakene til budsjettlinjene.",
    documents: "Budsjettkobling: justerte budsjettlinjer per planår.",
    place: "budgetLinks",
  },
  {
    quarter: 4,
    what: "Forberede endring: definere hva som skal gjøres, av hvem og når, for at hvert tiltak skal gi ønsket effekt.",
    why: "Fordele ansvar og oppgaver; synliggjøre forutsetningene for mål og gevinstpotensial.",
    who: "Linjeledere planlegger, gjennomfører og følger opp den nye arbeidsmåten.",
    documents: "A3 per delområde med vedtatte tiltak (handlingsplan, forutsetninger, risiko).",
    place: "a3K4",
  },
  {
    quarter: 4,
    what: "Definere måleparametere, planlegge målinger og måle før, under og etter — husk en baseline.",
    why: "Sikre at tiltakene gir forventet effekt, og fange behov for justering.",
    who: "Stab/støtte foreslår måleparametere, planlegger og gjennomfører målingene; linjeledere vurderer parameterne.",
    documents: "Indikatorer og målinger i dypdykkarket.",
    place: "deepDive",
  },
  {
    quarter: 4,
    what: "Ferdigstille kommunedirektørens forslag og avvente politisk vedtak; forankre formålet internt og eksternt.",
    why: "Vedtatt budsjett og økonomiplan med tiltakene i.",
    who: "Kommunedirektøren; budsjettsjef/økonomisjef.",
    documents: "Vedtatt budsjett og økonomiplan; A3 for kommunen (versjon K4).",
    place: "a3Kommune",
  },
  {
    quarter: 4,
    what: "Verksted per dypdykk med vedtatte tiltak, på tvers av ansvarslinjene.",
    why: "Gjøre tiltakene til ny praksis i linjen.",
    who: "En linjeleder utpekt av kommunedirektøren holder verkstedet.",
    documents:
      "A3 per delområde med vedtatte tiltak; valgfritt A3 per tjenesteområde og resultatenhet.",
    place: "a3K4",
  },
];
