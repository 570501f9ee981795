export type ShortcutAction =
  | { type: 'level'; level: 1 | 2 | 3 | 4 }
  | { type: 'not-observed' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'evidence' }
  | { type: 'help' };

export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '1 – 4', does: 'Set the focused criterion to that level' },
  { keys: '0 or n', does: 'Mark the focused criterion as not observed' },
  { keys: 'j or ↓', does: 'Next criterion' },
  { keys: 'k or ↑', does: 'Previous criterion' },
  { keys: 'e', does: 'Write evidence for the focused criterion' },
  { keys: '?', does: 'Show these shortcuts' },
];

/** Typing in a field must never trigger a shortcut. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

/**
 * The action for a key press, or null. Arrow keys on a radio button are left to the browser,
 * which moves between that criterion's levels as a radio group should.
 */
export function shortcutFor(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): ShortcutAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return null;
  const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
  switch (event.key) {
    case '1':
    case '2':
    case '3':
    case '4':
      return { type: 'level', level: Number(event.key) as 1 | 2 | 3 | 4 };
    case '0':
    case 'n':
      return { type: 'not-observed' };
    case 'j':
      return { type: 'move', by: 1 };
    case 'k':
      return { type: 'move', by: -1 };
    case 'ArrowDown':
      return onRadio ? null : { type: 'move', by: 1 };
    case 'ArrowUp':
      return onRadio ? null : { type: 'move', by: -1 };
    case 'e':
      return { type: 'evidence' };
    case '?':
      return { type: 'help' };
    default:
      return null;
  }
}
