/** A refusal at start because the file is damaged (the worker forwards the core's DB_DAMAGED). */
export const damageReasonOf = (error: unknown): { damaged: true; reason: unknown } | { damaged: false } => {
  const cause = (error as { cause?: { code?: unknown; params?: { reason?: unknown } } } | null)?.cause;
  return cause?.code === 'DB_DAMAGED' ? { damaged: true, reason: cause.params?.reason } : { damaged: false };
};
