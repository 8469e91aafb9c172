import type YogaModule from 'yoga-layout';

// Types only, from yoga-layout's main entry: its `yoga-layout/load` subpath exists only in the package's
// `exports`, which TypeScript's `node10` resolution does not read, so a game on that mode could not type us.
export type { Config, DirtiedFunction, MeasureFunction, Node } from 'yoga-layout';

/** yoga's API (what `loadYoga()` resolves with): `yoga-layout/load`'s `Yoga`. */
export type Yoga = typeof YogaModule;
