/**
 * DIAG: probes of the JavaScript engine (the device report's runtime lines), over globals that have
 * and lack each capability.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { probeCodeGeneration, probeInterpreter, probePromiseJobs, probeRuntime } from '../../src/diagnostics/index.js';
import type { PromiseJobTiming } from '../../src/diagnostics/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

const WASM = 'Web' + 'Assembly';

function throwingGetter(name: string, extra: object = {}): object {
  const g = { ...extra };
  Object.defineProperty(g, name, { get: () => { throw new Error('denied'); }, enumerable: true });
  return g;
}

describe('DIAG runtime probes', () => {
  it('DIAG1 the WebAssembly globals are reported present, absent, or throws (a throwing getter), from the globals given', () => {
    expect(probeRuntime({}).webAssembly).toBe('absent');
    expect(probeRuntime({ [WASM]: undefined }).webAssembly).toBe('absent');
    const douyin = probeRuntime({ [`TT${WASM}`]: {} });
    expect([douyin.webAssembly, douyin.wxWebAssembly, douyin.ttWebAssembly]).toEqual(['absent', 'absent', 'present']);
    const wechat = probeRuntime({ [`WX${WASM}`]: {} });
    expect([wechat.webAssembly, wechat.wxWebAssembly, wechat.ttWebAssembly]).toEqual(['absent', 'present', 'absent']);
    expect(probeRuntime(globalThis).webAssembly).toBe('present');
    expect(probeRuntime(throwingGetter(WASM)).webAssembly).toBe('throws');
  });

  it('DIAG1 the platform objects the host detection looks at are reported by name', () => {
    const facts = probeRuntime({ tt: {}, wx: {}, GameGlobal: null });
    expect(facts.platformGlobals).toEqual({ GameGlobal: 'absent', tt: 'present', TTMinis: 'absent', wx: 'present' });
    expect(probeRuntime(throwingGetter('tt')).platformGlobals.tt).toBe('throws');
  });

  it('DIAG2 code generation from strings is tried with a constant: allowed here, refused in a realm that forbids it (EvalError), stubbed when it does not run', () => {
    expect(probeCodeGeneration()).toEqual({ result: 'allowed', error: undefined });
    expect(probeRuntime({}).codeGeneration).toBe('allowed');
    // A realm like a real open data domain: `new Function` throws there.
    const strict = createContext({}, { codeGeneration: { strings: false, wasm: false } });
    const realmCtor = runInContext('(function () {}).constructor', strict);
    expect(probeCodeGeneration(realmCtor)).toEqual({ result: 'refused', error: 'EvalError' });
    // A host that replaced the constructor with a stub.
    expect(probeCodeGeneration(function () { return () => undefined; }).result).toBe('stubbed');
    expect(probeCodeGeneration(undefined).result).toBe('allowed');
    const seen: string[] = [];
    probeCodeGeneration(function (this: unknown, body: string) {
      seen.push(body);
      throw new TypeError('no');
    });
    // Only ever a constant: never data.
    expect(seen).toEqual(['return 1']);
  });

  it('DIAG3 Intl.Segmenter is reported present, absent, absent with no Intl, or throws on construction', () => {
    expect(probeRuntime(globalThis).segmenter).toBe('present');
    expect(probeRuntime({ Intl: {} }).segmenter).toBe('absent');
    expect(probeRuntime({}).segmenter).toBe('no-intl');
    expect(probeRuntime({ Intl: { Segmenter: function () { throw new RangeError('no locale data'); } } }).segmenter).toBe('throws');
    expect(probeRuntime(throwingGetter('Intl')).segmenter).toBe('throws');
  });

  it('DIAG4 the interpreter hint reads ns per loop iteration from the clock: no-clock when frozen, interpreter when slow, jit when fast', () => {
    expect(probeInterpreter(() => 0)).toMatchObject({ verdict: 'no-clock', nsPerIteration: undefined });
    // A clock that moves 10 ms per read: the first round (4096 iterations) takes 10 ms, about 2441 ns each.
    let t = 0;
    const slow = probeInterpreter(() => (t += 10));
    expect(slow.verdict).toBe('interpreter');
    expect(slow.iterations).toBe(4096);
    // A clock that moves 1 µs per read: the loop grows to its cap, well under a ns per iteration.
    let u = 0;
    const fast = probeInterpreter(() => (u += 0.001));
    expect(fast.verdict).toBe('jit');
    expect(fast.nsPerIteration).toBeLessThan(1);
    // With V8's JIT the real loop is fast (a hint: well under the interpreter's tens of ns).
    expect(probeInterpreter(() => performance.now()).verdict).not.toBe('interpreter');
  });

  const ESM = fileURLToPath(new URL('../../dist/esm/index.js', import.meta.url));
  it.skipIf(!existsSync(ESM))('DIAG4 under node --jitless (the stand-in for iOS) the built probe says interpreter', () => {
    const script = `import(${JSON.stringify(new URL('../../dist/esm/index.js', import.meta.url).href)}).then((m) => console.log(JSON.stringify(m.probeInterpreter(() => performance.now()))))`;
    const run = spawnSync(process.execPath, ['--jitless', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const hint = JSON.parse(run.stdout.trim());
    expect(hint.verdict).toBe('interpreter');
    expect(hint.nsPerIteration).toBeGreaterThan(8);
  });

  it('DIAG5 promise callbacks are found to run as microtasks where they do', async () => {
    const seen: PromiseJobTiming[] = [];
    probePromiseJobs({ setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) }, (t) => seen.push(t));
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['microtask']);
  });

  it('DIAG5 under the simulator (promise jobs after the host tasks of a turn, as on iOS <= 15) they are found to be timer tasks; without setTimeout the answer is no-timer, at once', async () => {
    const sim = createSimulatedHost({ canvas: createMockCanvas(10, 10) });
    const odc = sim.odcGlobal;
    const seen: PromiseJobTiming[] = [];
    probePromiseJobs({ setTimeout: (cb, ms) => odc.setTimeout!(cb, ms), clearTimeout: (id) => odc.clearTimeout!(id) }, (t) => seen.push(t));
    sim.flush();
    await Promise.resolve();
    expect(seen).toEqual(['timer']);
    const none: PromiseJobTiming[] = [];
    probePromiseJobs({ setTimeout: () => { throw new Error('no timers'); }, clearTimeout: () => undefined }, (t) => none.push(t));
    expect(none).toEqual(['no-timer']);
  });

  it('DIAG5 cancelling the probe clears its timer and drops the answer', async () => {
    const sim = createSimulatedHost({ canvas: createMockCanvas(10, 10) });
    const odc = sim.odcGlobal;
    const seen: PromiseJobTiming[] = [];
    const cancel = probePromiseJobs({ setTimeout: (cb, ms) => odc.setTimeout!(cb, ms), clearTimeout: (id) => odc.clearTimeout!(id) }, (t) => seen.push(t));
    expect(sim.pendingTimers()).toBe(1);
    cancel();
    expect(sim.pendingTimers()).toBe(0);
    sim.flush();
    await Promise.resolve();
    expect(seen).toEqual([]);
  });
});
