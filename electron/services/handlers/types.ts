import type { Channel, Output, ParsedInput } from '../../../shared/api/contract'
import type { AppCore } from '../app-core'

export type Handler<K extends Channel> = (input: ParsedInput<K>) => Promise<Output<K>> | Output<K>
export type Handlers = { [K in Channel]: Handler<K> }
export type HandlerGroup<K extends Channel> = (core: AppCore) => { [P in K]: Handler<P> }
