import type { BuildOptions } from 'esbuild'

export declare const LOADED_AT_RUN_TIME: string[]
export declare const MAIN: BuildOptions
export declare const PRELOAD: BuildOptions
export declare const HOST: BuildOptions
export declare const WORKER: BuildOptions
export declare const PARTICIPANT: BuildOptions
