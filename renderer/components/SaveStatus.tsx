import type { SaveState } from '../features/session/useAutosave'

/** One word on whether the room's last edit is on disk; announced politely, never flashing. */
export const SaveStatus = ({ state }: { state: SaveState }) => (
  <span className={`save-status save-${state}`} role="status">
    {state === 'saved' ? 'All changes saved' : state === 'error' ? 'Not saved' : 'Saving…'}
  </span>
)
