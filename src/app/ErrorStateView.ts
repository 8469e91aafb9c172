import type { Node } from '../core/index.js';
import type { PlainObject } from '../protocol/index.js';
import type { ThemeTokens } from '../theme/index.js';
import { Button, Text, View } from '../widgets/index.js';
import { PANEL_ERROR_MESSAGE, PANEL_ERROR_RETRY } from './constants.js';

/** The strings of the error state: the `panelError` and `retry` labels of the failed `show`, else English. */
export interface ErrorStateLabels {
  readonly message: string;
  readonly retry: string;
}

/** Reads the error state's strings from a `show` message's options (`labels.panelError`, `labels.retry`). */
export function errorStateLabels(options: PlainObject | undefined): ErrorStateLabels {
  const labels = options?.['labels'];
  const read = (key: string, fallback: string): string => {
    if (labels === null || typeof labels !== 'object') return fallback;
    const value = labels[key];
    return typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : fallback;
  };
  return { message: read('panelError', PANEL_ERROR_MESSAGE), retry: read('retry', PANEL_ERROR_RETRY) };
}

/**
 * The drawn error state that replaces a panel whose code threw (never a blank canvas): a centred
 * message in the theme's colours and a Retry button that mounts the panel afresh.
 */
export class ErrorStateView {
  private readonly _box: View;

  public constructor(parent: Node, theme: ThemeTokens, labels: ErrorStateLabels, onRetry: () => void) {
    const t = theme;
    const box = (this._box = parent.appendChild(
      new View({ flexGrow: 1, flexDirection: 'column', alignItems: 'center', justifyContent: 'center', backgroundColor: t.colors.background, padding: 24 }),
    ));
    box.name = 'errorState';
    box.appendChild(
      new Text(labels.message, {
        color: t.colors.textSecondary,
        fontSize: t.font.sizeBody,
        fontFamily: t.font.family,
        textAlign: 'center',
        marginBottom: t.metrics.gap * 2,
      }),
    );
    const retry = box.appendChild(
      new Button(
        {
          label: labels.retry,
          onPress: () => onRetry(),
          pressedColor: t.colors.buttonPressed,
          labelStyle: { color: t.colors.buttonText, fontSize: t.font.sizeBody, fontFamily: t.font.family, fontWeight: t.font.weightBold },
        },
        { backgroundColor: t.colors.buttonBackground, borderRadius: t.metrics.buttonRadius, paddingHorizontal: 20, height: 36 },
      ),
    );
    retry.name = 'retry';
  }

  public destroy(): void {
    this._box.destroy();
  }
}
