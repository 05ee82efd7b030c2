/** Russian messages of the deals table's grouping (they load with the deals page). */
export const dealGroupsRu = {
  label: 'Группировка',
  none: 'Без группировки',
  by: { stage: 'По этапам', owner: 'По ответственным', source: 'По источникам' },
  noOwner: 'Без ответственного',
  noSource: 'Без источника',
  fold: 'Свернуть «{{name}}»',
  unfold: 'Развернуть «{{name}}»',
  continued: 'продолжение',
};
