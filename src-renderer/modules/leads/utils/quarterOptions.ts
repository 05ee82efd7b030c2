/** The quarter `today` falls in and the next `count - 1`, as "YYYY-Qn" (the timing part's choices). */
export const quarterOptions = (today: string, count = 6): string[] => {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const options: string[] = [];
  for (let i = 0; i < count; i += 1) {
    options.push(`${year}-Q${quarter}`);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return options;
};
