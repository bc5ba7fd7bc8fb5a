/**
 * The one id pattern: file names are built from ids, so every place that reads a path (the data
 * folder, exports, backups, the router) matches ids with this same source. A module of its own so
 * the router can use it without loading the schemas.
 */
export const ID_PATTERN = '[a-z0-9][a-z0-9-]{5,63}'
