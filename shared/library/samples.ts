import type { Id } from './fields'

/**
 * A sample client's id starts with this. Every client a person adds gets a random UUID (hex digits
 * only), so none of theirs can carry it; and because the mark is the id, it travels with the files
 * through backups, restores, data-folder moves and imports: a sample brought from another laptop is
 * a sample here too, removed with the others (after the backup removal takes first).
 */
export const SAMPLE_ID_PREFIX = 'sample-'

export const isSampleId = (id: string): boolean => id.startsWith(SAMPLE_ID_PREFIX)

export const newSampleId = (): Id => `${SAMPLE_ID_PREFIX}${crypto.randomUUID()}`
