// Child process of jitless.test.ts, run with `node --jitless` (no JIT, no WebAssembly: the nearest
// stand-in here for iOS JavaScriptCore). Loads what ships (dist/openDataContext/index.js in a
// strict vm context, the simulated host from dist/esm/testing.js), opens the share panel, drags it,
// taps Share natively, and prints one JSON line of what it saw.
import { createCanvas, Image } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

const root = new URL('../../', import.meta.url);
const { createSimulatedHost, generateFriends } = await import(new URL('dist/esm/testing.js', root).href);
const { width, height, tap, count } = JSON.parse(process.argv[2]);

const canvas = createCanvas(width, height);
const sim = createSimulatedHost({
  canvas,
  createImage: () => new Image(),
  friends: generateFriends(count, { seed: 5 }),
  images: () => 'error',
  clock: 'manual',
  nativeTouches: true,
  systemInfo: { windowWidth: width, windowHeight: height, pixelRatio: 1 },
});
const warnings = [];
const note = (m) => warnings.push(String(m));
const context = createContext(
  { tt: sim.odcGlobal, console: { warn: note, log: note, error: note }, WebAssembly: undefined },
  { codeGeneration: { strings: false, wasm: false } },
);
runInContext(readFileSync(new URL('dist/openDataContext/index.js', root), 'utf8'), context);
const post = (m) => {
  sim.mainGlobal.getOpenDataContext().postMessage({ ns: 'friendcanvas', v: 1, ...m });
  sim.flush();
};
const settle = async (ms) => {
  for (let i = 0; i < ms / 50; i++) {
    sim.advance(50);
    await new Promise((r) => setImmediate(r));
  }
};
const opaque = () => {
  const d = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
};

post({ type: 'viewport', x: 0, y: 0, width, height, pixelRatio: 1 });
post({ type: 'show', panel: 'share', options: { imageUrl: 'images/card.png', title: 'Come play' } });
await settle(1000);
const opaqueAfterOpen = opaque();
sim.touch('start', 1, tap.x, tap.y);
sim.touch('end', 1, tap.x, tap.y);
const shares = sim.calls.shares.map((s) => ({ openid: s.openid, duringInput: s.duringInput }));
// A drag afterwards scrolls without a share.
await settle(1000);
const beforeDrag = canvas.getContext('2d').getImageData(0, 0, width, height).data.slice();
sim.touch('start', 2, width / 2, height * 0.8);
for (let i = 1; i <= 8; i++) {
  sim.touch('move', 2, width / 2, height * 0.8 - i * 30);
  sim.advance(16);
}
sim.touch('end', 2, width / 2, height * 0.8 - 240);
await settle(8000);
const afterDrag = canvas.getContext('2d').getImageData(0, 0, width, height).data;
let moved = 0;
for (let i = 0; i < afterDrag.length; i += 4) if (afterDrag[i] !== beforeDrag[i] || afterDrag[i + 1] !== beforeDrag[i + 1] || afterDrag[i + 2] !== beforeDrag[i + 2]) moved++;
console.log(
  JSON.stringify({
    jitless: process.execArgv.includes('--jitless'),
    webAssembly: typeof globalThis.WebAssembly,
    opaqueAfterOpen,
    shares,
    sharesAfterDrag: sim.calls.shares.length,
    pixelsChangedByDrag: moved,
    pendingFrames: sim.pendingFrames(),
    warnings,
  }),
);
