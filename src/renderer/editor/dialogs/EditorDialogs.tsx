/** Whichever of the editor's four dialogs the state asks for, wired to document I/O. */
import { useEditor, useEditorStore } from '../state/store';
import { setUi } from '../state/editor-state';
import type { DocIO } from '../state/doc-io';
import { SaveAsDialog } from './SaveAsDialog';
import { ConflictDialog } from './ConflictDialog';
import { CloseDialog } from './CloseDialog';
import { RestoreDialog } from './RestoreDialog';

export function EditorDialogs({ io, onBack }: { io: DocIO; onBack(): void }) {
  const store = useEditorStore();
  const dialog = useEditor((s) => s.ui.dialog);
  const saving = useEditor((s) => s.ui.saving);
  const close = () => store.update((s) => setUi(s, { dialog: null }));
  switch (dialog?.kind) {
    case 'saveAs':
      return <SaveAsDialog open initial={dialog.name} saving={saving} onCancel={close} onSave={(name) => void io.saveAs(name, dialog.thenBack)} />;
    case 'conflict':
      return (
        <ConflictDialog
          onReload={() => void io.reload()}
          onKeep={close}
          onOverwrite={() => {
            close();
            void io.save({ overwrite: true });
          }}
        />
      );
    case 'close':
      return (
        <CloseDialog
          onCancel={close}
          onDiscard={() => {
            close();
            io.discardDraft();
            onBack();
          }}
          onSave={() => {
            close();
            void io.save({ thenBack: true });
          }}
        />
      );
    case 'restore':
      return (
        <RestoreDialog
          savedMs={dialog.savedMs}
          stale={dialog.stale}
          onRestore={() => {
            io.restoreDraft(dialog.text);
            close();
          }}
          onDiscard={() => {
            close();
            io.discardDraft();
          }}
        />
      );
    default:
      return null;
  }
}
