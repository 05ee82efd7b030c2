/** The fields of `V` that hold free text (not a choice such as `CompanySize | ''`, nor an id). */
export type TextFieldOf<V> = {
  [K in keyof V]-?: [V[K]] extends [string] ? (string extends V[K] ? K : never) : never;
}[keyof V] &
  string;
