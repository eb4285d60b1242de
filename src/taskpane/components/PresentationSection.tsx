import { Text } from "@fluentui/react-components";
import { buildPresentation } from "../../app/present";
import { useAction } from "../hooks/useAction";
import { download } from "../download";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** The Q3 presentation (spec §16) as a download: the same deck as `gevinst present`. */
export function PresentationSection() {
  const strings = useStrings();
  const f = strings.finance;
  const { port } = useServices();
  const action = useAction();
  const run = () =>
    void action.run("present", async () => {
      const { deck, report } = await buildPresentation(port);
      // The .pptx writer and its library load only now: nobody else pays for them.
      const { writeDeckPptx } = await import("../../adapters/pptx/write-pptx");
      download(await writeDeckPptx(deck), `gevinst-q3-${report.budgetYear}.pptx`, PPTX);
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [f.presentDone(deck.slides.length)],
      };
    });
  return (
    <Section title={f.presentHeading}>
      <Text size={200}>{f.presentHint}</Text>
      <ActionButton size="small" action={action} actionKey="present" onRun={run}>
        {f.presentButton}
      </ActionButton>
      <OutcomeBar action={action} keys={["present"]} />
    </Section>
  );
}
