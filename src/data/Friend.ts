/** One friend after normalisation: every field present, every value a string. */
export interface Friend {
  /** The friend's openid, unique within a list. */
  readonly openid: string;
  /** Display name, sanitised; the placeholder name when `hasName` is false. */
  readonly nickname: string;
  /** False when the host gave no usable name and `nickname` is the placeholder. */
  readonly hasName: boolean;
  /** Avatar URL (`http(s):`, `data:image/`, `sim:`, `ttfile:`, `wxfile:` or relative), or undefined. */
  readonly avatarUrl: string | undefined;
  /** Cloud-storage values by key; a null-prototype object, so any key (even `__proto__`) is plain data. */
  readonly values: Readonly<Record<string, string>>;
}
