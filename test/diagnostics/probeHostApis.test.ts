/**
 * DIAG: the host APIs the device report lists, read through the host adapter's inspection over
 * simulated hosts that have and lack each one.
 */
import { describe, expect, it } from 'vitest';
import { createOpenDataHost } from '../../src/host/index.js';
import type { OpenDataHost } from '../../src/host/index.js';
import { HOST_API_NAMES, probeHostApis } from '../../src/diagnostics/index.js';
import { createSimulatedHost } from '../../src/testing/index.js';
import type { SimulatedHostOptions } from '../../src/testing/index.js';
import { createMockCanvas } from '../helpers/mockCanvas.js';

function simHost(options: Partial<SimulatedHostOptions> = {}, globals?: object): { host: OpenDataHost; odc: Record<string, unknown> } {
  const sim = createSimulatedHost({ canvas: createMockCanvas(10, 10), ...options });
  const odc = sim.odcGlobal as unknown as Record<string, unknown>;
  return { host: createOpenDataHost(sim.odcGlobal, globals ?? sim.odcGlobal, { kind: 'tt' }), odc };
}

describe('DIAG host APIs', () => {
  it('DIAG6 each platform function is found on the host object (yes), as a global, or not at all', () => {
    const plain = probeHostApis(simHost().host);
    expect(plain.kind).toBe('tt');
    expect(plain.members.onTouchStart).toBe('absent');
    expect(plain.members.onTouchEnd).toBe('absent');
    expect(plain.members.getFriendCloudStorage).toBe('api');
    expect(plain.members.shareToUser).toBe('api');
    expect(plain.members.setInterval).toBe('absent');
    expect(plain.members.createCanvas).toBe('absent');
    const native = probeHostApis(simHost({ nativeTouches: true }).host);
    expect([native.members.onTouchStart, native.members.onTouchMove, native.members.onTouchEnd, native.members.onTouchCancel]).toEqual(['api', 'api', 'api', 'api']);
    expect(probeHostApis(simHost({ shareToUser: false }).host).members.shareToUser).toBe('absent');
    // Timers as globals (TikTok: not on `tt`).
    const sim = createSimulatedHost({ canvas: createMockCanvas(10, 10) });
    const { setTimeout: _s, ...noTimers } = sim.odcGlobal;
    const globals = { setTimeout: () => 0, setInterval: () => 0 };
    const viaGlobals = probeHostApis(createOpenDataHost(noTimers, globals));
    expect([viaGlobals.members.setTimeout, viaGlobals.members.setInterval]).toEqual(['global', 'global']);
    expect(Object.keys(plain.members)).toEqual([...HOST_API_NAMES]);
  });

  it('DIAG6 a member whose getter throws is reported as throws, and the others are still read', () => {
    const { host, odc } = simHost();
    Object.defineProperty(odc, 'canIUse', { get: () => { throw new Error('proxy refused'); }, configurable: true });
    Object.defineProperty(odc, 'onTouchEnd', { get: () => { throw new Error('proxy refused'); }, configurable: true });
    const facts = probeHostApis(host);
    expect(facts.members.canIUse).toBe('throws');
    expect(facts.members.onTouchEnd).toBe('throws');
    expect(facts.members.shareToUser).toBe('api');
    // An adapter whose inspection itself throws.
    const broken = { ...host, inspect: { member: () => { throw new Error('x'); }, systemInfo: () => { throw new Error('y'); } } };
    const b = probeHostApis(broken);
    expect(b.members.shareToUser).toBe('throws');
    expect(b.systemInfo).toEqual({ status: 'throws' });
  });

  it('DIAG6 a hand-made host without inspection reports every member as unknown', () => {
    const { host } = simHost();
    const { inspect: _i, ...bare } = host;
    const facts = probeHostApis(bare as OpenDataHost);
    expect(new Set(Object.values(facts.members))).toEqual(new Set(['unknown']));
    expect(facts.systemInfo).toBeUndefined();
  });

  it('DIAG7 getSystemInfoSync is reported with its device fields, or as missing, or as throws (when called or read)', () => {
    const ok = probeHostApis(simHost({ systemInfo: { windowWidth: 390, windowHeight: 844, pixelRatio: 3 } }).host).systemInfo;
    expect(ok).toEqual({ status: 'ok', fields: { pixelRatio: 3, windowWidth: 390, windowHeight: 844 } });
    const { host, odc } = simHost();
    odc.getSystemInfoSync = () => ({ platform: 'ios', system: 'iOS 17.2', version: '40.3.0', SDKVersion: '3.1.0', model: 'x', nickName: 'never shown', pixelRatio: 2 });
    expect(probeHostApis(host).systemInfo).toEqual({ status: 'ok', fields: { pixelRatio: 2, platform: 'ios', system: 'iOS 17.2', version: '40.3.0', SDKVersion: '3.1.0' } });
    odc.getSystemInfoSync = () => {
      throw new Error('getSystemInfoSync:fail');
    };
    expect(probeHostApis(host).systemInfo).toEqual({ status: 'throws' });
    Object.defineProperty(odc, 'getSystemInfoSync', { get: () => { throw new Error('x'); }, configurable: true });
    expect(probeHostApis(host).systemInfo).toEqual({ status: 'throws' });
    delete odc.getSystemInfoSync;
    expect(probeHostApis(host).systemInfo).toEqual({ status: 'absent' });
  });
});
