import { ScrollView, Text, View } from '../../src/index.js';
import type { Node, Style, ThemeTokens } from '../../src/index.js';
import { PanelFrame } from '../shared/PanelFrame.js';
import { LINE_ID_WIDTH, LINE_LABEL_WIDTH, LINE_PADDING_X, LINE_PADDING_Y, LINE_VALUE_MAX_LINES } from './constants.js';
import { DIAGNOSTIC_LINES, DIAGNOSTIC_SECTIONS } from './diagnosticLines.js';
import type { DiagnosticLineId, DiagnosticSection } from './diagnosticLines.js';
import type { DiagnosticsLabels } from './DiagnosticsOptions.js';

interface LineNodes {
  readonly row: View;
  readonly id: Text;
  readonly label: Text;
  readonly value: Text;
}

/**
 * The device report's nodes: the panel frame (title bar), a scrolling body with one card per
 * section, and one row per line (id, label, value). Built once; values and labels change in place,
 * the theme restyles in place.
 */
export class DiagnosticsView {
  private readonly _frame: PanelFrame;
  private readonly _scroll: ScrollView;
  private readonly _cards = new Map<DiagnosticSection, { card: View; heading: Text }>();
  private readonly _lines = new Map<DiagnosticLineId, LineNodes>();

  public constructor(root: Node, theme: ThemeTokens, labels: Readonly<DiagnosticsLabels>) {
    this._frame = new PanelFrame(root, theme, labels.title);
    this._frame.node.name = 'diagnostics';
    this._scroll = this._frame.body.appendChild(new ScrollView({ flexGrow: 1, flexShrink: 1 }));
    this._scroll.name = 'diagnosticsScroll';
    for (const section of DIAGNOSTIC_SECTIONS) {
      const card = this._scroll.appendChild(new View());
      card.name = `section:${section}`;
      const heading = card.appendChild(new Text(''));
      this._cards.set(section, { card, heading });
    }
    for (const line of DIAGNOSTIC_LINES) {
      const card = this._cards.get(line.section)!.card;
      const row = card.appendChild(new View());
      row.name = `line:${line.id}`;
      const nodes: LineNodes = {
        row,
        id: row.appendChild(new Text(line.id)),
        label: row.appendChild(new Text('')),
        value: row.appendChild(new Text('')),
      };
      nodes.value.name = `value:${line.id}`;
      this._lines.set(line.id, nodes);
    }
    this.setLabels(labels);
    this.applyTheme(theme);
  }

  /** Replaces every visible label (title, caption, headings, line labels). */
  public setLabels(labels: Readonly<DiagnosticsLabels>): void {
    this._frame.setTitle(labels.title);
    this._frame.setCaption(labels.caption === '' ? undefined : labels.caption);
    for (const [section, { heading }] of this._cards) heading.setText(labels[section]);
    for (const line of DIAGNOSTIC_LINES) this._lines.get(line.id)!.label.setText(labels[line.label]);
  }

  /** Shows a line's value (a no-op when unchanged). */
  public setValue(id: DiagnosticLineId, value: string): void {
    this._lines.get(id)?.value.setText(value);
  }

  /** The value a line shows now. */
  public valueOf(id: DiagnosticLineId): string | undefined {
    return this._lines.get(id)?.value.text;
  }

  /** Scrolls back to the first line. */
  public scrollToTop(animated: boolean): void {
    this._scroll.scrollTo(0, animated);
  }

  /** Restyles every node in place. */
  public applyTheme(t: ThemeTokens): void {
    this._frame.applyTheme(t);
    const m = t.metrics;
    const small = t.font.sizeSmall;
    const text = (color: string, extra: Style): Style => ({ fontFamily: t.font.family, fontSize: small, fontWeight: t.font.weightNormal, color, ...extra });
    for (const { card, heading } of this._cards.values()) {
      card.setStyle({
        flexDirection: 'column',
        flexShrink: 0,
        marginHorizontal: m.gap / 2,
        marginTop: m.gap / 2,
        paddingVertical: m.gap / 2,
        backgroundColor: t.colors.surface,
        borderRadius: m.radius,
      });
      // Margins, not padding: a Text lays its lines out in its whole box.
      heading.setStyle(text(t.colors.text, { fontWeight: t.font.weightBold, marginHorizontal: LINE_PADDING_X, marginVertical: LINE_PADDING_Y, maxLines: 1 }));
    }
    // Room under the last card (frames).
    this._cards.get('frames')!.card.setStyle({ marginBottom: m.gap / 2 });
    for (const nodes of this._lines.values()) {
      nodes.row.setStyle({ flexDirection: 'row', alignItems: 'flex-start', paddingHorizontal: LINE_PADDING_X, paddingVertical: LINE_PADDING_Y });
      nodes.id.setStyle(text(t.colors.textSecondary, { width: LINE_ID_WIDTH, flexShrink: 0, fontWeight: t.font.weightBold, maxLines: 1 }));
      nodes.label.setStyle(text(t.colors.textSecondary, { width: LINE_LABEL_WIDTH, flexShrink: 0, marginRight: m.gap / 2, maxLines: 2 }));
      nodes.value.setStyle(text(t.colors.text, { flexGrow: 1, flexShrink: 1, flexBasis: 0, maxLines: LINE_VALUE_MAX_LINES }));
    }
  }

  /** Removes every node. */
  public destroy(): void {
    this._frame.destroy();
  }
}
