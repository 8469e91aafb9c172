/**
 * DIAG: the device report of what ships, in a context like a real open data domain: it tells the
 * truth about it (no WebAssembly, code generation refused) and the build still passes its scan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_TOKENS } from '../../bin/odcChecks.mjs';
import { showReport } from './diagnosticsScene.js';
import { BUNDLE } from './strictOdc.js';

describe('DIAG the device report of the built bundle', () => {
  it('DIAG21 in a strict open data domain it reports no WebAssembly, code generation refused, the host object and both touch paths, with no warning', async () => {
    const r = await showReport();
    expect(r.value('R1')).toBe('absent');
    expect(r.value('R2')).toBe('absent');
    expect(r.value('R4')).toBe('refused (EvalError)');
    expect(r.value('R5')).toBe('present');
    expect(r.value('R8')).toMatch(/^yoga \(JavaScript\)/);
    expect(r.value('H1')).toBe('tt · globals: tt');
    expect(r.value('H2')).toBe('start yes · move yes · end yes · cancel yes');
    expect(r.value('T1')).toBe('end #1 at 100, 200 → stage 100, 200 · 2 events');
    expect(r.value('T2')).toBe('end #2 at 180, 300 → stage 180, 300 · 2 events');
    expect(r.value('F5')).toBe('openid 24 · nickname 24 · avatarUrl 20 · KVDataList 24');
    expect(r.value('F7')).toBe('yes');
    expect(r.drawn.some((t) => /Player|o-\d/.test(t))).toBe(false);
    expect(r.odc.warnings).toEqual([]);
  });

  it('DIAG21 without Intl it says so', async () => {
    const r = await showReport({ globals: { Intl: undefined } });
    expect(r.value('R5')).toBe('absent (no Intl)');
    expect(r.odc.warnings).toEqual([]);
  });

  it('DIAG22 the probes reach the globals they report without naming them: the bundle passes the forbidden-token scan (STRICT1)', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(FORBIDDEN_TOKENS.filter((t) => t.pattern.test(code)).map((t) => t.name)).toEqual([]);
    // The report is in the bundle.
    expect(code).toContain('diagnostics');
  });
});
