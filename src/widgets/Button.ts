import type { Canvas2D } from '../host/types.js';
import type { TapEvent } from '../core/index.js';
import type { Style } from '../layout/index.js';
import type { LinearGradient } from '../paint/index.js';
import { SkinSlot } from './SkinSlot.js';
import type { SkinImage } from './SkinSlot.js';
import { Text } from './Text.js';
import { View, paintBox } from './View.js';

/** Options of a {@link Button}. */
export interface ButtonProps {
  label: string;
  /** Runs synchronously inside the tap (so it may call `shareToUser`). Not called while disabled. */
  onPress?: (event: TapEvent) => void;
  disabled?: boolean;
  /** Background while pressed. Default: the background at 80% opacity. */
  pressedColor?: string;
  /** Background while disabled. */
  disabledColor?: string;
  /** Label colour while disabled. */
  disabledTextColor?: string;
  /** Style of the label (colour, font). */
  labelStyle?: Style;
  /** Gradient while pressed (instead of the style's gradient). */
  pressedGradient?: LinearGradient;
  /** Image skins by state, drawn once loaded instead of the colours (a pressed button without its own dims the normal one). */
  skin?: SkinImage;
  pressedSkin?: SkinImage;
  disabledSkin?: SkinImage;
}

/**
 * A pressable box with a one-line label: shows a pressed state while a finger is down on it, a
 * disabled state, and calls `onPress` on tap. Taps on a disabled button are swallowed (they do
 * not reach the row behind it).
 *
 * @example
 * new Button({ label: 'Share', onPress: () => send(friend) }, { paddingHorizontal: 16, height: 32, backgroundColor: '#fe2c55', borderRadius: 16 });
 */
export class Button extends View {
  private _props: ButtonProps;
  private _pressed = false;
  private readonly _label: Text;
  private readonly _skins = { normal: new SkinSlot(this), pressed: new SkinSlot(this), disabled: new SkinSlot(this) };

  public constructor(props: ButtonProps, style?: Style) {
    super({ justifyContent: 'center', alignItems: 'center', flexDirection: 'row', ...style });
    this._props = { ...props };
    this._label = this.appendChild(new Text(props.label, { maxLines: 1, ...props.labelStyle, flexShrink: 1 }));
    if (props.disabled === true && props.disabledTextColor !== undefined) this._label.setStyle({ color: props.disabledTextColor });
    this._label.pointerEvents = 'none';
    this._setSkins();
    this.onTap = (e) => {
      e.stopPropagation();
      if (this._props.disabled !== true) this._props.onPress?.(e);
    };
  }

  /** Whether the button is currently pressed. */
  public get pressed(): boolean {
    return this._pressed;
  }

  /** The label widget. */
  public get label(): Text {
    return this._label;
  }

  /** The current props. */
  public get props(): Readonly<ButtonProps> {
    return this._props;
  }

  /** Updates label, handler, disabled state or colours; repaints only what changed. */
  public setProps(patch: Partial<ButtonProps>): this {
    const prev = this._props;
    this._props = { ...prev, ...patch };
    if (patch.label !== undefined) this._label.setText(patch.label);
    if (patch.labelStyle !== undefined) this._label.setStyle(patch.labelStyle);
    const disabled = this._props.disabled === true;
    if (disabled) this._pressed = false;
    if (patch.disabled !== undefined || patch.labelStyle !== undefined || patch.disabledTextColor !== undefined) {
      // The label colour follows the state: the disabled colour while disabled (when given), else the
      // label style's colour (undefined restores the default, undoing a previous disabled colour).
      const dim = disabled ? this._props.disabledTextColor : undefined;
      this._label.setStyle({ color: dim ?? this._props.labelStyle?.color });
    }
    this._setSkins();
    this.markPaintDirty();
    return this;
  }

  public override setPressed(pressed: boolean): void {
    const p = pressed && this._props.disabled !== true;
    if (p === this._pressed) return;
    this._pressed = p;
    this.markPaintDirty();
  }

  public override paintSelf(ctx: Canvas2D): void {
    const p = this._props;
    const s = this.style;
    const w = this.width;
    const h = this.height;
    const disabled = p.disabled === true;
    if (disabled && this._skins.disabled.draw(ctx, w, h)) return;
    if (!disabled && this._pressed && this._skins.pressed.draw(ctx, w, h)) return;
    if (!disabled && (!this._pressed || p.pressedSkin === undefined)) {
      const a = ctx.globalAlpha;
      if (this._pressed) ctx.globalAlpha = a * 0.8;
      const drawn = this._skins.normal.draw(ctx, w, h);
      ctx.globalAlpha = a;
      if (drawn) return;
    }
    if (disabled && p.disabledColor !== undefined) {
      paintBox(ctx, s, w, h, p.disabledColor, null);
    } else if (this._pressed && p.pressedColor !== undefined) {
      paintBox(ctx, s, w, h, p.pressedColor, p.pressedGradient ?? null);
    } else if (this._pressed) {
      const a = ctx.globalAlpha;
      ctx.globalAlpha = a * 0.8;
      paintBox(ctx, s, w, h);
      ctx.globalAlpha = a;
    } else {
      paintBox(ctx, s, w, h);
    }
  }

  protected override onAttach(): void {
    for (const slot of Object.values(this._skins)) slot.attach();
  }

  protected override onDetach(): void {
    for (const slot of Object.values(this._skins)) slot.detach();
  }

  private _setSkins(): void {
    this._skins.normal.set(this._props.skin);
    this._skins.pressed.set(this._props.pressedSkin);
    this._skins.disabled.set(this._props.disabledSkin);
  }
}
