export declare const electronBinary: (root?: string) => string | null
export declare const NO_ELECTRON_NOTE: string
