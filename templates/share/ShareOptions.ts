import { MAX_IMAGE_URL_LENGTH, MAX_SHARE_TEXT_LENGTH } from '../shared/constants.js';
import { OptionReader } from '../shared/OptionReader.js';
import type { AllKeys } from '../shared/OptionReader.js';
import { DEFAULT_LABELS } from '../shared/PanelLabels.js';
import type { PanelLabels } from '../shared/PanelLabels.js';

/** Options of the `share` panel, as sent in a `show` message (all optional). */
export interface ShareOptions {
  /** Title of the direct-message card. */
  title?: string;
  /** Subtitle of the card. */
  subtitle?: string;
  /** Image of the card (required by `shareToUser`; warned about when missing). */
  imageUrl?: string;
  /** Card template, 1 or 2. */
  templateType?: 1 | 2;
  /** Visible strings (the title bar is `labels.title`); see `PanelLabels`. */
  labels?: Partial<PanelLabels>;
}

/** Every option of {@link ShareOptions}: anything else in a `show` message is reported (`rejectUnknown`). */
const OPTION_KEYS = ['title', 'subtitle', 'imageUrl', 'templateType', 'labels'] as const satisfies readonly (keyof ShareOptions)[];
/** Compile-time check that {@link OPTION_KEYS} names every option. */
type ShareOptionsKeysComplete = AllKeys<Exclude<keyof ShareOptions, (typeof OPTION_KEYS)[number]>>;

/** Share options after validation. */
export interface ResolvedShareOptions {
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly imageUrl: string;
  readonly templateType: 1 | 2 | undefined;
  readonly labels: PanelLabels;
}

/** Default labels of the share list. */
export const SHARE_LABELS: Readonly<PanelLabels> = Object.freeze({ ...DEFAULT_LABELS, title: 'Share with friends' });

/** Validates share options; each bad option falls back to its default with one warning. */
export function readShareOptions(raw: unknown, warn: (message: string) => void): ResolvedShareOptions {
  const r = new OptionReader(raw, 'share', warn);
  r.rejectUnknown(OPTION_KEYS);
  const imageUrl = r.optionalString('imageUrl', MAX_IMAGE_URL_LENGTH);
  const templateType = r.choice<1 | 2 | 0>('templateType', [1, 2], 0);
  return {
    title: r.optionalString('title', MAX_SHARE_TEXT_LENGTH),
    subtitle: r.optionalString('subtitle', MAX_SHARE_TEXT_LENGTH),
    imageUrl: imageUrl ?? '',
    templateType: templateType === 0 ? undefined : templateType,
    labels: r.labels(SHARE_LABELS),
  };
}
