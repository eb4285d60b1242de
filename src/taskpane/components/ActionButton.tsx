import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ActionState } from "../hooks/useAction";

export type ActionButtonProps = {
  action: ActionState;
  /** Which action this button starts (shows the spinner only on this one). */
  actionKey: string;
  onRun: () => void;
  appearance?: ButtonProps["appearance"];
  size?: ButtonProps["size"];
  disabled?: boolean;
  /** The accessible name when the visible text alone is ambiguous («Ta med» in a list). */
  label?: string;
  children: ReactNode;
};

/** A button that starts an action: a spinner while it runs, disabled while any action runs. */
export function ActionButton({
  action,
  actionKey,
  onRun,
  appearance,
  size,
  disabled,
  label,
  children,
}: ActionButtonProps) {
  const mine = action.running === actionKey;
  return (
    <Button
      appearance={appearance}
      size={size}
      disabled={disabled === true || action.running !== null}
      aria-busy={mine}
      aria-label={label}
      icon={mine ? <Spinner size="tiny" /> : undefined}
      onClick={onRun}
    >
      {children}
    </Button>
  );
}
