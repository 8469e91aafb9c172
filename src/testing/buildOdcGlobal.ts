import type { PlatformImage, RawCallbacks, ShareToUserOptions } from '../host/index.js';
import { SIM_GESTURE_ERROR } from './constants.js';
import { findSrcSetter } from './findSrcSetter.js';
import { instrumentRealImage } from './instrumentRealImage.js';
import { createDefaultSimImage, instrumentSimImage } from './instrumentSimImage.js';
import { filterRawFriend } from './rawFriendRecord.js';
import type { SimContext } from './SimContext.js';
import type { RawFriend, SimOdcGlobal, SimResultShape } from './types.js';

type KeyQuery = { keyList: string[] } & RawCallbacks<unknown>;

/** Builds the raw `tt` look-alike of the open data domain over a sim's shared state. */
export function buildOdcGlobal(ctx: SimContext): SimOdcGlobal {
  const { clock, calls, settings } = ctx;
  const odc: SimOdcGlobal = {
    performance: { now: () => clock.now() },
    onMessage: (cb) => {
      if (typeof cb === 'function') ctx.messageListeners.push(cb);
    },
    getSharedCanvas: () => settings.canvas,
    createImage: (): PlatformImage => {
      const own = settings.createImage === undefined;
      const image = own ? createDefaultSimImage() : (settings.createImage as () => PlatformImage)();
      const onSource = (url: string, fire: (outcome: 'load' | 'error') => void): void => {
        calls.images.push(url);
        const outcome = ctx.images(url);
        if (outcome === 'never') return;
        ctx.later(() => fire(outcome));
      };
      const setSrc = own || image === null || typeof image !== 'object' ? undefined : findSrcSetter(image);
      if (setSrc === undefined) return instrumentSimImage(image, { onSource }, own);
      return instrumentRealImage(image, setSrc, {
        onSource,
        resolve: (url) => settings.resolveImageUrl?.(url),
        soon: (fn) => clock.setTimeout(fn, 0),
        decoding: (done) => ctx.trackDecode(done),
      });
    },
    requestAnimationFrame: (cb) => {
      calls.rafRequests++;
      return clock.requestAnimationFrame(cb);
    },
    cancelAnimationFrame: (id) => clock.cancelAnimationFrame(id),
    setTimeout: (cb, ms) => clock.setTimeout(cb, ms),
    clearTimeout: (id) => clock.clearTimeout(id),
    getFriendCloudStorage: (opts: KeyQuery) => {
      const keyList = checkKeyList(opts, 'getFriendCloudStorage');
      calls.friendQueries.push(keyList ?? []);
      ctx.respond(
        'friends',
        opts,
        () => wrapFriends(ctx.friends.map((f) => filterRawFriend(f, keyList ?? [])), settings.resultShape),
        keyList === undefined ? { errMsg: 'getFriendCloudStorage:fail invalid keyList' } : undefined,
      );
    },
    getUserCloudStorage: (opts: KeyQuery) => {
      const keyList = checkKeyList(opts, 'getUserCloudStorage');
      calls.userQueries.push(keyList ?? []);
      ctx.respond(
        'userStorage',
        opts,
        () => wrapUserValues(ctx.selfValues().filter((kv) => (keyList ?? []).includes(kv.key)), settings.resultShape),
        keyList === undefined ? { errMsg: 'getUserCloudStorage:fail invalid keyList' } : undefined,
      );
    },
    getSystemInfoSync: () => ({ ...settings.systemInfo }),
  };
  if (settings.shareToUser) {
    odc.shareToUser = (opts: ShareToUserOptions & RawCallbacks<unknown>) => {
      if (opts === null || typeof opts !== 'object') throw new TypeError('shareToUser: options object required');
      const userGesture = ctx.gestureDepth > 0;
      calls.shares.push({
        openid: opts.openid,
        title: opts.title,
        subtitle: opts.subtitle,
        imageUrl: opts.imageUrl,
        templateType: opts.templateType,
        duringInput: ctx.inputDepth > 0,
        userGesture,
      });
      const valid = typeof opts.openid === 'string' && opts.openid !== '';
      const problem = !valid
        ? { errMsg: 'shareToUser:fail invalid openid' }
        : settings.enforceUserGesture && !userGesture
          ? { ...SIM_GESTURE_ERROR }
          : undefined;
      ctx.respond('share', opts, () => ({}), problem);
    };
  }
  if (settings.nativeTouches) Object.assign(odc, ctx.odcTouches.members());
  const createCanvas = settings.createCanvas;
  if (createCanvas !== undefined) {
    odc.createCanvas = () => {
      calls.canvases++;
      return createCanvas();
    };
  }
  return odc;
}

function checkKeyList(opts: KeyQuery, api: string): string[] | undefined {
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${api}: options object required`);
  const { keyList } = opts;
  return Array.isArray(keyList) && keyList.every((k) => typeof k === 'string') ? keyList.slice() : undefined;
}

function wrapFriends(list: RawFriend[], shape: SimResultShape): unknown {
  switch (shape) {
    case 'data':
      return { data: list };
    case 'KVDataList':
      return { KVDataList: list };
    case 'users':
      return { users: list };
    case 'bare':
      return list;
  }
}

/** The user's own pairs, wrapped like the friend list would be (`users` hosts use `KVDataList`). */
function wrapUserValues(values: Array<{ key: string; value: string }>, shape: SimResultShape): unknown {
  switch (shape) {
    case 'data':
      return { data: values };
    case 'bare':
      return values;
    case 'KVDataList':
    case 'users':
      return { KVDataList: values };
  }
}
