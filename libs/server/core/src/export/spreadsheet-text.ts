/** A spreadsheet opens a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell that stays text in a spreadsheet: a name such as "=HYPERLINK(…)" gets a leading apostrophe. */
export const asSpreadsheetText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);
