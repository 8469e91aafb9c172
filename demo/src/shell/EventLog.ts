import type { SimulatedHost } from '../../../src/testing/index.js';
import type { DomElement } from '../dom.js';
import { byId, el } from '../dom.js';
import type { ShareLogEntry } from './bootSandbox.js';
import { MAX_LOG_LINES } from './constants.js';

/**
 * The simulator's log column: every `shareToUser` call the simulated client received (openid and
 * title; this is the simulator's own record, the library never logs friend data), the messages the
 * game posted to the open data domain (an engine's own viewport messages included), the open data
 * domain's warnings, and live counters of platform calls.
 */
export class EventLog {
  private readonly _shares = byId('share-log');
  private readonly _warnings = byId('warn-log');
  private readonly _shareCount = byId('share-count');
  private readonly _rows = new Map<ShareLogEntry, DomElement>();
  private readonly _messages = byId('message-log');
  private readonly _messageCount = byId('message-count');
  private _count = 0;
  private _messagesPosted = 0;

  public constructor() {
    byId('share-empty').hidden = false;
    byId('message-empty').hidden = false;
  }

  /** Adds a message the game posted (an object, or JSON text as Unity's `PostMessage` sends) at the top. */
  public addMessage(message: unknown): void {
    byId('message-empty').hidden = true;
    this._messagesPosted++;
    this._messageCount.textContent = String(this._messagesPosted);
    const text = typeof message === 'string';
    const line = el('li', 'message-row');
    line.appendChild(el('span', 'badge', text ? 'JSON text' : 'object'));
    line.appendChild(el('span', '', text ? message : JSON.stringify(message)));
    this._messages.prepend(line);
    trim(this._messages);
  }

  /** Adds a share call at the top of the log. */
  public addShare(entry: ShareLogEntry): void {
    byId('share-empty').hidden = true;
    this._count++;
    this._shareCount.textContent = String(this._count);
    const row = el('li', 'share-row');
    const head = row.appendChild(el('div', 'share-head'));
    head.appendChild(el('span', 'share-title', entry.title ?? '(no title)'));
    head.appendChild(el('span', 'badge'));
    const meta = row.appendChild(el('div', 'share-meta'));
    meta.appendChild(el('code', 'openid', entry.openid));
    meta.appendChild(el('span', 'share-input', entry.duringInput ? 'in tap' : 'NOT in a tap'));
    row.dataset.openid = entry.openid;
    this._rows.set(entry, row);
    this._shares.prepend(row);
    this.updateShare(entry);
    trim(this._shares);
  }

  /** Shows a share call's new status. */
  public updateShare(entry: ShareLogEntry): void {
    const row = this._rows.get(entry);
    if (row === undefined) return;
    row.dataset.status = entry.status;
    const badge = row.querySelectorAll('.badge')[0];
    if (badge !== undefined) badge.textContent = entry.status === 'pending' ? 'sending' : entry.status;
  }

  /** Adds an open data domain warning. */
  public addWarning(message: string): void {
    byId('warn-empty').hidden = true;
    const line = el('li', 'warn-row', message);
    this._warnings.prepend(line);
    trim(this._warnings);
  }

  /** Refreshes the platform-call counters. */
  public renderStats(sim: SimulatedHost, idle: boolean): void {
    const c = sim.calls;
    const set = (id: string, value: number | string): void => {
      byId(id).textContent = String(value);
    };
    set('stat-posted', c.postMessages);
    set('stat-delivered', c.delivered);
    set('stat-dropped', c.dropped);
    set('stat-raf', c.rafRequests);
    set('stat-friends', c.friendQueries.length);
    set('stat-images', c.images.length);
    const dot = byId('stat-idle');
    dot.textContent = idle ? 'idle: no frames requested' : 'drawing';
    dot.classList.toggle('busy', !idle);
  }
}

function trim(list: DomElement): void {
  const items = list.querySelectorAll('li');
  if (items.length > MAX_LOG_LINES) list.replaceChildren(...Array.from(items).slice(0, MAX_LOG_LINES));
}
