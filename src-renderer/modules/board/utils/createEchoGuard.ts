import type { TableName } from '@shared/contract/tableNames';

export type EchoToken = { readonly id: number };

type Expectation = { id: number; tables: ReadonlySet<TableName>; seen: boolean; done: boolean; expiresAt: number };

/** How long a confirmed mutation waits for its own data.changed before the expectation is dropped. */
const ECHO_WAIT_MS = 3000;

/**
 * Tells a view's own mutations' `data.changed` events apart from everyone else's, so a card move
 * that the board already shows does not reload the whole board. Push events and call answers
 * race (the event may come first), so an expectation is registered before the call and settled
 * after it. An event only counts as an echo when every table it names is one the mutation
 * invalidates; anything else reloads as usual.
 */
export const createEchoGuard = (now: () => number = () => Date.now()) => {
  let nextId = 1;
  let expected: Expectation[] = [];
  const purge = () => {
    const at = now();
    expected = expected.filter((item) => !(item.done && item.expiresAt < at));
  };

  return {
    expect(tables: readonly TableName[]): EchoToken {
      purge();
      const item: Expectation = { id: nextId++, tables: new Set(tables), seen: false, done: false, expiresAt: 0 };
      expected.push(item);
      return { id: item.id };
    },
    /** True when the event is an expected echo (and is used up); false when the view must reload. */
    absorb(tables: readonly TableName[]): boolean {
      purge();
      const match = expected.find((item) => !item.seen && tables.every((table) => item.tables.has(table)));
      if (!match) return false;
      match.seen = true;
      if (match.done) expected = expected.filter((item) => item !== match);
      return true;
    },
    /**
     * After the call: a failed mutation sends no event, so if one was absorbed for it, it was
     * somebody else's and the caller must reload (returns true).
     */
    settle(token: EchoToken, ok: boolean): boolean {
      const item = expected.find((candidate) => candidate.id === token.id);
      if (!item) return false;
      if (!ok || item.seen) {
        expected = expected.filter((candidate) => candidate !== item);
        return !ok && item.seen;
      }
      item.done = true;
      item.expiresAt = now() + ECHO_WAIT_MS;
      return false;
    },
    pending(): number {
      purge();
      return expected.length;
    },
  };
};

export type EchoGuard = ReturnType<typeof createEchoGuard>;
