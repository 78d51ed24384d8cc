// The custom formats of guide-forms schemas as plain regular expressions, for anchors that
// have no format hook (SurveyJS, Formily, Form.io take a pattern) and for the browser pages of
// the ajv-based anchors. test/converters.test.ts checks they agree with core's `formats`.

/** Format name → anchored pattern source (no flags: the email one spells out both cases). */
export const FORMAT_PATTERNS = {
  'credit-code': '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  mobile: '^1[3-9]\\d{9}$',
  landline: '^0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?$',
  postcode: '^[0-8]\\d{5}$',
  email:
    "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$",
  date: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  'year-month': '^(19|20)\\d{2}-(0[1-9]|1[0-2])$',
};

/** ajv `addFormat` entries built from the patterns (for rjsf and JSON Forms). */
export function ajvFormats() {
  return Object.fromEntries(Object.entries(FORMAT_PATTERNS).map(([name, source]) => [name, new RegExp(source)]));
}
