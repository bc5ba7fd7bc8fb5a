import { UNDO_MODIFIER } from '../../lib/keyboard'
import { KEYMAP } from './keymap'

export const ShortcutHelp = ({ onClose }: { onClose: () => void }) => (
  <section className="shortcut-help card" role="dialog" aria-label="Keyboard shortcuts">
    <div className="row spread">
      <h2>Keyboard shortcuts</h2>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
    <dl>
      {KEYMAP.map((k) => (
        <div key={k.label} className="shortcut">
          <dt>
            {k.keys.map((key) => (
              <kbd key={key}>{key}</kbd>
            ))}
          </dt>
          <dd>{k.label}</dd>
        </div>
      ))}
      <div className="shortcut">
        <dt>
          <kbd>{UNDO_MODIFIER}</kbd>
          <kbd>Z</kbd>
        </dt>
        <dd>Undo the last change on the board</dd>
      </div>
    </dl>
    <p className="hint">
      While you type in a field the keys are text; press Esc to leave the field and use them again.
      On a dropdown every key works except ↑ ↓ and Enter, which choose its option.
    </p>
  </section>
)
