import type { Plugin } from 'esbuild';
/** Types for bench/noWasmYoga.mjs: fails an esbuild build that would load yoga-layout (wasm) at run time. */
export declare const noWasmYoga: Plugin;
