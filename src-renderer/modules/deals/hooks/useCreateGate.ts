import { RpcFailure } from '@shared/contract/createClient';
import { type CreateGateParams, createGateParamsSchema } from '@shared/contract/schemas/controlPoints';
import { useMemo, useState } from 'react';

/**
 * A create straight into a later stage that the core refused for the earlier stages' required
 * items: the refusal to show (GatePanel, action "create"), the boxes ticked in it, and the ticks
 * to send with the next attempt. The ticks outlive a successful save, so the next deal typed into
 * the same column goes through at once.
 */
export const useCreateGate = () => {
  const [gate, setGate] = useState<CreateGateParams | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  return useMemo(
    () => ({
      gate,
      ticked,
      /** Spread into `deals.create`'s input. */
      checkedInput: ticked.length > 0 ? { checkedControlPointIds: ticked } : {},
      /** True (and shown) when `failure` is the create gate; anything else is the caller's. */
      caught(failure: unknown): boolean {
        if (!(failure instanceof RpcFailure) || failure.error.code !== 'GATE_BLOCKED') return false;
        const parsed = createGateParamsSchema.safeParse(failure.error.params);
        if (parsed.success) setGate(parsed.data);
        return parsed.success;
      },
      tick(id: string, checked: boolean) {
        setTicked((current) => (checked ? [...new Set([...current, id])] : current.filter((item) => item !== id)));
      },
      close: () => setGate(null),
    }),
    [gate, ticked],
  );
};
