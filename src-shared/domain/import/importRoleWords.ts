import type { UserRole } from '../../contract/schemas/users';

/**
 * Role words a team list writes, folded (foldText), in Russian and English: the import reads a
 * role cell by them ("Руководитель" → manager) and the wizard suggests its role choices by them.
 */
export const IMPORT_ROLE_WORDS: Readonly<Record<string, UserRole>> = {
  rep: 'rep',
  'sales rep': 'rep',
  менеджер: 'rep',
  'менеджер по продажам': 'rep',
  manager: 'manager',
  руководитель: 'manager',
  'руководитель отдела продаж': 'manager',
  admin: 'admin',
  администратор: 'admin',
};
