/** Help texts, in Norwegian, one per command (`gevinst <kommando> --help`). */

const COMMON = `Felles valg:
  -h, --help        vis denne hjelpen
  --debug           vis hele feilmeldingen med stakkspor ved feil

Avslutningskoder: 0 alt i orden · 1 arbeidsboka eller porteføljen har feil · 2 feil i inndata.`;

const LOSS = `  --overwrite       erstatt utfilen om den finnes fra før
  (--tillat-tap / --allow-loss godtas fortsatt, men trengs ikke: ingen deler går tapt)`;

export const HELP: Record<string, string> = {
  main: `gevinst — gevinstrealisering i kommunens eget budsjettregneark, på .xlsx-filer.

Bruk: gevinst <kommando> [valg]

Kommandoer:
  init <budsjett.xlsx|.csv> -o <ut.xlsx>         finn budsjettet og legg til Gevinst-arkene
  import <arbeidsbok.xlsx> <portefølje.json> -o <ut.xlsx>
                                                 skriv en portefølje inn i Gevinst-arkene
  export <arbeidsbok.xlsx> [-o portefølje.json]  les Gevinst-arkene ut som portefølje-JSON
  report <arbeidsbok.xlsx> [--json]              sammendrag per planår, eller rapport-JSON
  roll <gevinst.xlsx> <nytt-budsjett.xlsx|.csv> -o <ut.xlsx>
                                                 flytt porteføljen til neste budsjettår
  present <arbeidsbok.xlsx> -o <ut.pptx>         presentasjonen til Q3: ett lysbilde per A3
  snapshot <arbeidsbok.xlsx> --version forslag|vedtatt -o <ut.xlsx>
                                                 frys tallene som en versjon (forslag, vedtatt)
  changes <arbeidsbok.xlsx> -o <endringer.csv>   budsjettendringene per linje og år, til
                                                 import i budsjettsystemet

Innfilen endres aldri. «gevinst <kommando> --help» viser valgene for hver kommando.

${COMMON}`,
  init: `Bruk: gevinst init <budsjett.xlsx|budsjett.csv> -o <ut.xlsx> [--sheet NAVN] [--year ÅÅÅÅ]
       [--header-row N --columns ansvar=D,art=B,funksjon=F,2013=J] [--enhet LISTE]

Finner budsjettet i arbeidsboka (ark, overskriftsrad, nøkkel- og årskolonner, linjer), skriver ut
hva som ble funnet og hvilke planår som videreføres fra budsjettåret, og lagrer en kopi med
Gevinst-arkene lagt til. En CSV-fil (skilt med ; , eller tab; UTF-8 eller Windows-1252) blir
første ark i en ny arbeidsbok, slik Excel viser den.

Valg:
  -o, --output FIL  ny .xlsx-fil å skrive (påkrevd; kan ikke være innfilen)
  --sheet NAVN      bruk dette arket som budsjett
  --year ÅÅÅÅ       budsjettåret (første av de fire planårene)
  --header-row N    koble for hånd: overskriftsraden (1 = første rad)
  --columns LISTE   koble for hånd: nøkkelkolonner og årskolonner, f.eks.
                    ansvar=C,art=A,funksjon=E,2013=I (minst én nøkkel: ansvar, art,
                    funksjon, prosjekt eller tjenesteomrade)
  --enhet LISTE     A3 per resultatenhet eller tjenesteområde, f.eks. 3100 eller
                    "3100,funksjon 254" (skrives i «Gevinst Innstillinger»)
${LOSS}

${COMMON}`,
  import: `Bruk: gevinst import <arbeidsbok.xlsx> <portefølje.json> -o <ut.xlsx>

Skriver tiltakene i porteføljen inn i Gevinst-arkene (og legger arkene til først om de mangler).
Samme id-er en gang til oppdaterer tiltakene; ingenting dupliseres. Alle avvik skrives ut, ett per
linje (kode, tiltak, melding); avslutter med 1 om noen av dem er feil.

Valg:
  -o, --output FIL  ny .xlsx-fil å skrive (påkrevd; kan ikke være innfilen)
  --sheet NAVN      bruk dette arket som budsjett om Gevinst-arkene må legges til
  --year ÅÅÅÅ       budsjettåret om Gevinst-arkene må legges til
${LOSS}

${COMMON}`,
  export: `Bruk: gevinst export <arbeidsbok.xlsx> [-o portefølje.json]

Leser Gevinst-arkene og skriver porteføljen som JSON (gevinst-portefolje versjon 3), til filen
gitt med -o eller til standard ut.

Valg:
  -o, --output FIL  .json-fil å skrive (ellers standard ut)

${COMMON}`,
  present: `Bruk: gevinst present <arbeidsbok.xlsx> -o <ut.pptx>

Lager presentasjonen stab/støtte tar med til budsjettdrøftingene i Q3 (KS' Helhetsmodell): et
PowerPoint-dokument med kommunens A3, balansen per planår, rammeområdene når de er satt, og ett
lysbilde per prioritert dypdykk. Tallene er rapportens (gevinst report), i hele kroner.

Valg:
  -o, --output FIL  ny .pptx-fil å skrive (påkrevd)
${LOSS}

${COMMON}`,
  report: `Bruk: gevinst report <arbeidsbok.xlsx> [--json]

Regner fra Gevinst-arkene og skriver et sammendrag per planår (brutto, forventet, uttak, kostnad,
netto, innsparingskrav, gap) og alle avvik. Avslutter med 1 om noen avvik er feil.

Valg:
  --json            skriv rapporten som JSON (gevinst-rapport versjon 3)

${COMMON}`,
  roll: `Bruk: gevinst roll <gevinst.xlsx> <nytt-budsjett.xlsx|.csv> -o <ut.xlsx> [--year ÅÅÅÅ] [--sheet NAVN]

Flytter fjorårets portefølje til det nye budsjettet: planårene flyttes ett år, fjorårets budsjettår
legges i «Gevinst Historikk» (forventet, realisert, avvik og status per tiltak), det nye siste året
får innfasing og driftskostnad som året før, og lenkene sjekkes mot det nye budsjettet. Id-er,
status, eiere, handlinger, indikatorer, målinger, godkjenninger og loggen tas med. Skriver hva som
ble flyttet, hva som ble arkivert og hva som må avgjøres. Å flytte til samme år to ganger avvises.

Valg:
  -o, --output FIL  ny .xlsx-fil å skrive (påkrevd; kan ikke være en av innfilene)
  --year ÅÅÅÅ       det nye budsjettåret (standard: fjorårets + 1)
  --sheet NAVN      bruk dette arket som budsjett i det nye budsjettet
${LOSS}

${COMMON}`,
  changes: `Bruk: gevinst changes <arbeidsbok.xlsx> -o <endringer.csv>

Skriver budsjettjusteringene fra Gevinst-arkene som en fil budsjettsystemet kan importere: én rad
per budsjettlinje og planår som endres, med budsjettets egne nøkkelkolonner og overskrifter først,
så «år», «beløp» (endringen i hele kroner, med budsjettets fortegn: utgift pluss, inntekt minus),
«tiltak» (id-ene) og «tekst» (tiltakenes navn). Semikolondelt, UTF-8 med BOM, CRLF. Lagt til det
opprinnelige budsjettet gir filen nøyaktig det justerte budsjettet i rapporten, i hele kroner.
Lenker som ikke treffer én budsjettlinje er ikke med (se avvikene). Avslutter med 1 om noen avvik
er feil; filen skrives likevel.

Valg:
  -o, --output FIL  ny .csv-fil å skrive (påkrevd)
  --overwrite       erstatt utfilen om den finnes fra før

${COMMON}`,
  snapshot: `Bruk: gevinst snapshot <arbeidsbok.xlsx> --version forslag|vedtatt|navngitt -o <ut.xlsx>
       [--name NAVN] [--by NAVN]

Fryser porteføljens tall som en versjon i «Gevinst Versjoner»: per tiltak og planår status,
forventet, uttak og netto budsjettvirkning, og per budsjettlinje justeringen — faste tall, ikke
formler. «Gevinst Endringer» viser hva som ble endret fra forslag til vedtatt (tiltak lagt til,
tatt ut eller endret, gap per år, og hvilke A3-er som må godkjennes på nytt). Loggføres i
«Gevinst Logg».

Valg:
  --version TYPE    forslag (rådmannens forslag), vedtatt (kommunestyrets vedtak) eller navngitt
  --name NAVN       versjonens navn (standard: «Forslag» / «Vedtatt» med årstall)
  --by NAVN         hvem som frøs versjonen (standard: brukeren på maskinen)
  -o, --output FIL  ny .xlsx-fil å skrive (påkrevd; kan ikke være innfilen)
  --overwrite       erstatt utfilen om den finnes fra før

${COMMON}`,
};
