/** The table's own list query without its page: the core reads every page of it. */
export const exportQuery = <Query extends { offset?: number; limit?: number }>(
  query: Query | undefined,
): Omit<Query, 'offset' | 'limit'> => {
  const { offset: _offset, limit: _limit, ...rest } = query ?? ({} as Query);
  return rest;
};
