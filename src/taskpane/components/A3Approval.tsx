import { Field, Input, makeStyles, Text } from "@fluentui/react-components";
import { useState } from "react";
import {
  APPROVER_ROLES,
  approveA3,
  listA3Documents,
  type ApproverRole,
} from "../../app/record-approval";
import type { A3Document } from "../../core/sheets/a3/a3-documents";
import { useAction } from "../hooks/useAction";
import { useWorkbookQuery } from "../hooks/useWorkbookQuery";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField } from "./ChoiceField";
import { OutcomeBar } from "./OutcomeBar";

const useStyles = makeStyles({ form: { display: "grid", gap: "8px" } });

/**
 * «Godkjenn A3» (spec §11): the finance director or the kommunedirektør approves one A3 in a
 * version they choose (the kommune's A3: K1, K3 or K4; a deep-dive's A3 has its quarter; a
 * unit's A3, typed on the settings sheet, is K4). The approval is one log line; the A3's header
 * then shows who and when.
 */
export function A3Approval() {
  const strings = useStrings();
  const styles = useStyles();
  const { port, now, user } = useServices();
  const documents = useWorkbookQuery(listA3Documents);
  const action = useAction();
  const [key, setKey] = useState<string | undefined>();
  const [version, setVersion] = useState<string | undefined>();
  const [role, setRole] = useState<ApproverRole | undefined>();
  const [name, setName] = useState("");
  const list = documents.data ?? [];
  if (documents.data && list.length === 0) return <Text>{strings.a3Approval.none}</Text>;
  const document = list.find((d) => d.key === key);
  // A unit's A3 is named in the pane's language; the others by their title in the workbook.
  const titleOf = (d: A3Document) =>
    d.unit ? strings.a3Approval.unitTitle(d.unit.dimension, d.unit.code) : d.title;
  const versions = document?.versions ?? [];
  // A deep-dive's A3 has one version; the kommune's must be chosen, never guessed.
  const chosenVersion = versions.length === 1 ? versions[0] : version;
  const ready = document && chosenVersion && role && name.trim() !== "";
  const approve = () =>
    void action.run("approveA3", async () => {
      if (!document || !chosenVersion || !role) return null;
      await approveA3(port, {
        now: now(),
        user,
        approver: name,
        role,
        document: document.key,
        version: chosenVersion,
      });
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [strings.a3Approval.approved(titleOf(document), chosenVersion, name.trim())],
      };
    });
  return (
    <div className={styles.form}>
      <ChoiceField
        label={strings.a3Approval.document}
        choices={list.map((d) => ({ value: d.key, text: titleOf(d) }))}
        value={key}
        onChange={(value) => {
          setKey(value);
          setVersion(undefined);
        }}
      />
      <ChoiceField
        label={strings.a3Approval.version}
        choices={versions.map((v) => ({ value: v, text: v }))}
        value={chosenVersion}
        onChange={setVersion}
        disabled={versions.length <= 1}
        placeholder={strings.a3Approval.chooseVersion}
      />
      <ChoiceField
        label={strings.a3Approval.role}
        choices={(Object.keys(APPROVER_ROLES) as ApproverRole[]).map((r) => ({
          value: r,
          text: strings.a3Approval.roles[r],
        }))}
        value={role}
        onChange={(value) => setRole(value as ApproverRole)}
      />
      <Field label={strings.a3Approval.name} size="small">
        <Input size="small" value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <ActionButton
        appearance="primary"
        size="small"
        action={action}
        actionKey="approveA3"
        disabled={!ready}
        onRun={approve}
      >
        {strings.a3Approval.approve}
      </ActionButton>
      <OutcomeBar action={action} />
    </div>
  );
}
