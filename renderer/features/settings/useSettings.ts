import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'

/**
 * The settings, loaded again only when the settings or the whole library change: a console or a
 * projector open for an hour must not refetch them for every save of a board.
 */
export const useSettings = () => useApiData(() => api.call('settings:get', {}), '', 'settings')
