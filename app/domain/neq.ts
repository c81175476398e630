/**
 * Quebec enterprise number (NEQ): 10 digits. The last digit is a check digit: the Luhn sum
 * of all ten digits is ≡ 3 (mod 10) — true of every one of the 2,115 NEQs in the REQ
 * open-data extract for Mauricie (db/reference/SOURCES.md), so a typo in one digit is caught.
 */
const NEQ_PATTERN = /^\d{10}$/;

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10;
}

/** Removes the spaces and dashes people type ("1144 718 310"). */
export function normalizeNeq(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function isValidNeq(input: string): boolean {
  const neq = normalizeNeq(input);
  return NEQ_PATTERN.test(neq) && luhnSum(neq) === 3;
}

/** The check digit that completes nine digits into a valid NEQ. */
export function neqCheckDigit(firstNine: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnSum(firstNine + d) === 3) return String(d);
  }
  throw new Error(`no check digit for ${firstNine}`);
}
