import { UNDO_MODIFIER } from '../../lib/keyboard'
import { KEYMAP } from './useSessionKeys'

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
      Shortcuts pause while you type in a field; press Tab or click outside it to use them again.
    </p>
  </section>
)
