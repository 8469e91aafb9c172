import { Text, View } from '../../src/index.js';
import type { ThemeTokens } from '../../src/index.js';
import { DIVIDER_PX, TAB_BAR_HEIGHT, TAB_INDICATOR_PX } from './constants.js';
import { surfaceFill } from './skinStyles.js';

/** One tab: the key it stands for and its label. */
export interface TabItem {
  readonly key: string;
  readonly label: string;
}

interface TabNodes {
  readonly box: View;
  readonly label: Text;
  readonly indicator: View;
}

/**
 * A row of equal-width tabs under a panel's title: the selected tab's label in the accent colour,
 * bold, over an accent underline; the others secondary. A tap calls `onSelect` with the tab's key.
 * Tabs are rebuilt only when the list of tabs changes; selecting restyles paint keys only (colour,
 * weight stays, underline by opacity), so switching tabs runs no layout here.
 */
export class TabBar {
  /** The bar (display none while there are no tabs). */
  public readonly node: View;
  private _tabs: readonly TabItem[] = [];
  private _nodes: TabNodes[] = [];
  private _selected: string | undefined;
  private _theme: ThemeTokens;
  /** The hairline under the bar (the list scrolls under it). */
  private readonly _rule: View;

  public constructor(theme: ThemeTokens, private readonly _onSelect: (key: string) => void) {
    this._theme = theme;
    this.node = new View();
    this.node.name = 'tabBar';
    this._rule = new View();
    this._rule.pointerEvents = 'none';
    this.applyTheme(theme);
  }

  /** Shows `tabs` (none: the bar is hidden) with `selected` highlighted. */
  public setTabs(tabs: readonly TabItem[], selected: string): void {
    const same = tabs.length === this._tabs.length && tabs.every((t, i) => t.key === this._tabs[i]!.key && t.label === this._tabs[i]!.label);
    if (!same) {
      this.node.removeAllChildren();
      this._nodes = tabs.map((t) => this._makeTab(t));
      this.node.appendChild(this._rule);
      this._tabs = tabs;
    }
    this.node.setStyle({ display: tabs.length > 0 ? 'flex' : 'none' });
    this._selected = undefined;
    this.select(selected);
  }

  /** Highlights the tab of `key`. */
  public select(key: string): void {
    if (key === this._selected) return;
    this._selected = key;
    this._tabs.forEach((t, i) => this._styleTab(this._nodes[i]!, t.key === key));
  }

  /** Restyles in place. */
  public applyTheme(t: ThemeTokens): void {
    this._theme = t;
    this.node.setStyle({
      flexDirection: 'row',
      height: TAB_BAR_HEIGHT,
      flexShrink: 0,
      paddingHorizontal: t.metrics.padding / 2,
      ...surfaceFill(t),
    });
    this._rule.setStyle({ position: 'absolute', left: 0, right: 0, bottom: 0, height: DIVIDER_PX, backgroundColor: t.colors.divider });
    this._tabs.forEach((tab, i) => this._styleTab(this._nodes[i]!, tab.key === this._selected));
  }

  private _makeTab(tab: TabItem): TabNodes {
    const box = this.node.appendChild(new View());
    box.name = `tab:${tab.key}`;
    box.onTap = () => this._onSelect(tab.key);
    const label = box.appendChild(new Text(tab.label));
    label.pointerEvents = 'none';
    const indicator = box.appendChild(new View());
    indicator.pointerEvents = 'none';
    return { box, label, indicator };
  }

  private _styleTab(n: TabNodes, selected: boolean): void {
    const t = this._theme;
    n.box.setStyle({ flexGrow: 1, flexShrink: 1, flexBasis: 0, alignItems: 'center', justifyContent: 'center', paddingHorizontal: 4 });
    n.label.setStyle({
      maxLines: 1,
      textAlign: 'center',
      fontFamily: t.font.family,
      fontSize: t.font.sizeBody,
      // Both weights measured alike would need a relayout per switch: the weight is fixed, colour and underline carry the state.
      fontWeight: t.font.weightBold,
      color: selected ? t.colors.text : t.colors.textSecondary,
    });
    n.indicator.setStyle({
      position: 'absolute',
      left: '20%',
      right: '20%',
      bottom: DIVIDER_PX,
      height: TAB_INDICATOR_PX,
      borderRadius: TAB_INDICATOR_PX / 2,
      backgroundColor: t.colors.accent,
      opacity: selected ? undefined : 0,
    });
  }
}
