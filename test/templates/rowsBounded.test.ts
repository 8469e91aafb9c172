import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../src/index.js';
import type { Friend } from '../../src/index.js';
import { FriendListBody } from '../../templates/shared/FriendListBody.js';
import { DEFAULT_LABELS } from '../../templates/shared/PanelLabels.js';
import { createHarness } from './harness.js';

function friend(i: number): Friend {
  return Object.freeze({ openid: `o${i}`, nickname: `Friend ${i}`, hasName: true, avatarUrl: undefined, values: Object.freeze({}) });
}

describe('row memory', () => {
  it('MEM3 a list body holds only the rows its list holds (live and pooled) plus its detached rows, whatever the viewport does', async () => {
    const h = await createHarness();
    const body = new FriendListBody(h.root(), lightTheme, DEFAULT_LABELS, { trailing: 'score', onRetry: () => {} });
    const footer = body.createDetachedRow();
    body.setSource(1000, (i) => ({ friend: friend(i), rank: i + 1, scoreText: String(1000 - i), isSelf: false }));
    await h.settle();
    let most = 0;
    for (let i = 0; i < 30; i++) {
      h.post('viewport', { x: 0, y: 0, width: 320, height: i % 2 === 0 ? 900 : 120, pixelRatio: 1 });
      body.list.scrollTo((i * 997) % 40_000);
      await h.settle();
      const stats = body.list.stats;
      most = Math.max(most, stats.liveRows + stats.pooledRows);
      expect(body.rows).toHaveLength(stats.liveRows + stats.pooledRows + 1);
      expect(body.rows).toContain(footer);
    }
    expect(most).toBeLessThan(60);
  });
});
