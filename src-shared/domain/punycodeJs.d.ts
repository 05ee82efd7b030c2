/**
 * Types for `punycode.js` (the npm copy of punycode; the bare name `punycode` would resolve to
 * Node's deprecated built-in). Only what the normalisers use.
 */
declare module 'punycode.js' {
  const punycode: {
    toUnicode(domain: string): string;
    toASCII(domain: string): string;
  };
  export default punycode;
}
