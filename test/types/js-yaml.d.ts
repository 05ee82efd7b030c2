// js-yaml ships no types of its own (and @types/js-yaml is not installed): the one call the tests make.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
