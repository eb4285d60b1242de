import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";

// Fluent's Dropdown is at least 250 px wide; two side by side must fit a 320 px pane.
const useStyles = makeStyles({ dropdown: { minWidth: 0, width: "100%" } });

export type Choice = { value: string; text: string };

export type ChoiceFieldProps = {
  label: string;
  choices: readonly Choice[];
  value: string | undefined;
  onChange: (value: string) => void;
  disabled?: boolean;
  placeholder?: string;
};

/** A labelled dropdown over plain text choices (never HTML from a cell). */
export function ChoiceField({
  label,
  choices,
  value,
  onChange,
  disabled,
  placeholder,
}: ChoiceFieldProps) {
  const styles = useStyles();
  const selected = choices.find((c) => c.value === value);
  return (
    <Field label={label} size="small">
      <Dropdown
        className={styles.dropdown}
        size="small"
        value={selected?.text ?? ""}
        selectedOptions={selected ? [selected.value] : []}
        disabled={disabled}
        placeholder={placeholder}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onChange(data.optionValue);
        }}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value} text={choice.text}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
