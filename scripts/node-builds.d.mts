import type { BuildOptions } from 'esbuild'

/** A bundle of one entry into one file. */
type OneFile = BuildOptions & { outfile: string }

export declare const LOADED_AT_RUN_TIME: string[]
export declare const MAIN: OneFile
export declare const MAIN_START: OneFile
export declare const PRELOAD: OneFile
export declare const HOST_APP: OneFile
export declare const HOST: OneFile
export declare const WORKER: OneFile
export declare const PARTICIPANT: BuildOptions
