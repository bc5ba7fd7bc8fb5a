import type { Ref } from 'react'

/** A real file input, so the keyboard, screen readers and drag-and-drop all work as usual. */
export const ImportPicker = ({
  onFile,
  disabled,
  inputRef,
}: {
  onFile: (file: File) => void
  disabled: boolean
  inputRef: Ref<HTMLInputElement>
}) => (
  <label className={`file-button${disabled ? ' disabled' : ''}`}>
    Import from a file…
    <input
      ref={inputRef}
      type="file"
      accept=".json,application/json"
      className="visually-hidden"
      disabled={disabled}
      onChange={(e) => {
        const file = e.target.files?.[0]
        // Cleared so the same file can be chosen again after a cancel or a refusal.
        e.target.value = ''
        if (file) onFile(file)
      }}
    />
  </label>
)
