import type { Id } from './fields'

/**
 * A sample client's id starts with this. Every other way a client comes to exist gives it a random
 * UUID (hex digits only), so no real client can ever carry it; and because the mark is the id, it
 * travels with the files through backups, restores and data-folder moves.
 */
export const SAMPLE_ID_PREFIX = 'sample-'

export const isSampleId = (id: string): boolean => id.startsWith(SAMPLE_ID_PREFIX)

export const newSampleId = (): Id => `${SAMPLE_ID_PREFIX}${crypto.randomUUID()}`
