/** Types for build-harness.mjs, which the lifecycle test imports. */
export declare const HARNESS_OUT: string
export declare function buildHarness(outDir?: string): Promise<string>
