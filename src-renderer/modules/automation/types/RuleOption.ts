/** One <option> of a rule editor's select: the value sent, the text shown. */
export type RuleOption = { value: string; label: string };
