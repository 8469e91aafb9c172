/**
 * Decimal digits of a non-negative integer-valued number, without exponent notation. Beyond 1e21
 * `String()` switches to exponents, so the mantissa digits are padded with zeros instead (exact to
 * the shortest round-trip representation, which is all a double holds). BigInt is avoided: older
 * JavaScriptCore hosts lack it.
 */
export function integerDigits(n: number): string {
  const text = String(n);
  const [mantissa = '0', exponent] = text.split('e+');
  if (exponent === undefined) return mantissa;
  const [whole = '', fraction = ''] = mantissa.split('.');
  return whole + fraction.padEnd(Number(exponent), '0');
}

/** Inserts `separator` between groups of three digits, counted from the right. */
export function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i]!;
  }
  return out;
}

/** `abs` (non-negative, finite) with exactly `decimals` fixed decimals, exponent-free at any size. */
export function fixedDigits(abs: number, decimals: number): string {
  if (abs < 1e21) return abs.toFixed(decimals);
  // A double this large has no fractional part.
  return integerDigits(abs) + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
}
