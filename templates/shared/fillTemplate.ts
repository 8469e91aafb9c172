/**
 * Replaces `{name}`-style placeholders in a label. Values are inserted verbatim (a nickname holding
 * "{n}" stays literal: replacement runs once, left to right, over the label only).
 */
export function fillTemplate(label: string, values: Readonly<Record<string, string>>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? values[key]! : whole,
  );
}
