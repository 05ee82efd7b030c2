/**
 * A custom field's value as it crosses the contract: text-like types, dates ('YYYY-MM-DD'),
 * single selects (the option id) and references (the record id) are strings; number and
 * date-time (epoch ms) are numbers; a checkbox is a boolean; a multi-select is option ids; money
 * is minor units with a currency. `null` is "empty".
 */
export type MoneyValue = { amountMinor: number; currency: string };
export type CustomValue = string | number | boolean | string[] | MoneyValue | null;
