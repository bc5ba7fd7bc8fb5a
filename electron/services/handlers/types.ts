import type { Channel, Output, ParsedInput } from '../../../shared/api/contract'
import type { AppCore } from '../app-core'

/** An answer may be read-only: the gate checks it and sends a copy (see dispatch.ts). */
type Answer<K extends Channel> = Output<K> | Readonly<Output<K>>

export type Handler<K extends Channel> = (input: ParsedInput<K>) => Promise<Answer<K>> | Answer<K>
export type Handlers = { [K in Channel]: Handler<K> }
export type HandlerGroup<K extends Channel> = (core: AppCore) => { [P in K]: Handler<P> }
