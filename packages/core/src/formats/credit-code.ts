/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set
 * `0-9 A-H J-N P-R T U W-Y` (no I, O, Z, S, V); the 18th is a mod-31 check character.
 *
 * The format check ({@link isCreditCodeFormat}) blocks: a code of the wrong shape cannot be
 * anyone's. The check character ({@link isCreditCodeChecksumValid}) only warns: some codes
 * issued in early pilot regions do not satisfy it (see docs/decisions.md).
 *
 * @example
 * isCreditCodeFormat('91210200MA0QCWF84J');        // true (shape only)
 * isCreditCodeChecksumValid('91110000600037341L'); // true
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 登记管理部门码 (1 char), 机构类别码 (1 char), 行政区划码 (6 digits), 主体标识码 (9), 校验码 (1). */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function isCreditCodeFormat(code: string): boolean {
  return CREDIT_CODE_PATTERN.test(code);
}

/** The check character the first 17 characters call for, or `null` if they are not of the set. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] as string);
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] as number);
  }
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

export function isCreditCodeChecksumValid(code: string): boolean {
  return isCreditCodeFormat(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
