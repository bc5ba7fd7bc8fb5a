import { UNDO_MODIFIER } from '../../lib/keyboard'
import { KEYMAP } from '../session/keymap'

export interface ShortcutGroup {
  title: string
  shortcuts: { keys: string[]; label: string }[]
}

/** Every shortcut the app has, grouped by where it works; the console's come from its own keymap. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], label: 'Show or hide this list of shortcuts' },
      { keys: ['Esc'], label: 'Close a dialog or this list' },
      { keys: ['Tab'], label: 'Move to the next control; the first stop skips to the content' },
    ],
  },
  {
    title: 'On the workshop and meeting console',
    shortcuts: [
      ...KEYMAP.map(({ keys, label }) => ({ keys, label })),
      { keys: [UNDO_MODIFIER, 'Z'], label: 'Undo the last change on the board' },
    ],
  },
  {
    title: 'In the follow-up tabs',
    shortcuts: [
      { keys: ['←', '→'], label: 'Previous or next section' },
      { keys: ['Home', 'End'], label: 'First or last section' },
    ],
  },
]
