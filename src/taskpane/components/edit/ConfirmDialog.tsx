import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../../strings";

export type ConfirmDialogProps = {
  /** What is asked and what will be lost; null: closed. */
  ask: { title: string; body: string; confirm: string; run: () => void } | null;
  onClose: () => void;
};

/** Asks before something is deleted, saying what is lost. Cancel is first and has the focus. */
export function ConfirmDialog({ ask, onClose }: ConfirmDialogProps) {
  const strings = useStrings();
  return (
    <Dialog
      modalType="alert"
      open={ask !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{ask?.title}</DialogTitle>
          <DialogContent>{ask?.body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {strings.edit.cancel}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                ask?.run();
                onClose();
              }}
            >
              {ask?.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
