// An esbuild plugin for the bench build (bench/run.mjs). Yoga comes from src/yoga: plain JS
// translated from yoga-layout's wasm at build time. yoga-layout itself instantiates WebAssembly,
// which jitless processes and real open data domains lack, so the build fails if anything would
// load it at run time (type-only imports are erased before resolution and pass).

/** @type {import('esbuild').Plugin} */
export const noWasmYoga = {
  name: 'no-wasm-yoga',
  setup(build) {
    build.onResolve({ filter: /^yoga-layout(\/|$)/ }, (args) => ({
      errors: [{ text: `${args.importer} loads ${args.path} (WebAssembly); import yoga from src/yoga instead` }],
    }));
  },
};
