import { ConfirmDialog } from '../../ui/confirm-dialog';
import { SHORTCUTS } from './interview-shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ConfirmDialog
      open={open}
      title="Keyboard shortcuts"
      confirmLabel="Got it"
      onCancel={onClose}
      onConfirm={onClose}
    >
      <table className="data-table compact">
        <caption className="visually-hidden">
          Shortcuts while scoring (not while typing in a text field)
        </caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Shortcuts never fire while you type in a text field.</p>
    </ConfirmDialog>
  );
}
