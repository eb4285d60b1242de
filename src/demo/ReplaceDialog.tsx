import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { demoStrings } from "./demo-strings";

export type PendingReplace = { action: string; sheets: readonly string[]; run: () => void };

export type ReplaceDialogProps = { pending: PendingReplace | null; onClose: () => void };

/**
 * Asks before the workbook is replaced, naming what is lost. Cancel comes first, so the dialog's
 * initial focus is on it: Enter by habit must not throw the user's work away.
 */
export function ReplaceDialog({ pending, onClose }: ReplaceDialogProps) {
  return (
    <Dialog
      modalType="alert"
      open={pending !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{demoStrings.replaceTitle}</DialogTitle>
          <DialogContent>
            {pending ? demoStrings.replaceBody(pending.action, pending.sheets) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {demoStrings.replaceCancel}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                pending?.run();
                onClose();
              }}
            >
              {demoStrings.replaceConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
