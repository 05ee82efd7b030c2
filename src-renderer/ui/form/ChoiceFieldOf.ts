/** The fields of `V` that hold a string: free text, or one of a closed list (`CompanySize | ''`). */
export type ChoiceFieldOf<V> = { [K in keyof V]-?: [V[K]] extends [string] ? K : never }[keyof V] & string;
