/** The single IPC channel events travel on; calls use the contract's own names. */
export const EVENT_CHANNEL = 'app:event'
