import type { NewDealPreset } from './NewDealPreset';

export type NewDealFormProps = {
  /** After the deal is created, or on Cancel. */
  onDone(): void;
  /** The board's pipeline; without it, the default one. */
  pipelineId?: string | undefined;
  preset?: NewDealPreset | undefined;
};
