import { describe, expect, it } from 'vitest';
import { METHOD_NAMES as CONTRACT_METHOD_NAMES } from '@shared/contract/contract';
import { METHOD_NAMES as PRELOAD_METHOD_NAMES } from '../../../src-main/preload/methodNames';

describe('preload method names', () => {
  // The guard for the generated list: `npm run build` regenerates it, this fails when it is stale.
  it('are exactly the contract methods (run `npm run generate:preload` if this fails)', () => {
    expect([...PRELOAD_METHOD_NAMES]).toEqual([...CONTRACT_METHOD_NAMES]);
  });
});
