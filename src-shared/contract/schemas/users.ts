import { z } from 'zod';
import { idSchema, nonEmptyTextSchema } from './common';
import { emailFieldSchema } from './fields';

export const USER_ROLES = ['rep', 'manager', 'admin'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;

export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string().nullable(),
  role: userRoleSchema,
  managerId: idSchema.nullable(),
  /** The user's team (teams.list); null: in none. */
  teamId: idSchema.nullable(),
  active: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type User = z.infer<typeof userSchema>;

/** The user form; the same object validates the renderer's form and the contract input. */
export const userFieldsShape = {
  name: nonEmptyTextSchema(200),
  email: emailFieldSchema,
  role: userRoleSchema,
  managerId: idSchema.nullable(),
  teamId: idSchema.nullable(),
};
export const userFormSchema = z.object(userFieldsShape);

export const usersListInputSchema = z
  .object({
    /** Owner pickers list active users only; the users screen shows deactivated ones too. */
    includeInactive: z.boolean().default(false),
    role: userRoleSchema.optional(),
  })
  .strict()
  .default({ includeInactive: false });

export const userCreateInputSchema = z.object(userFieldsShape).partial({ email: true, managerId: true, teamId: true }).strict();
export type UserCreateInput = z.input<typeof userCreateInputSchema>;

/** Deactivation may hand the user's open deals to an active teammate in the same write. */
export const userDeactivateInputSchema = z.object({ id: idSchema, reassignOpenDealsTo: idSchema.optional() }).strict();
export type UserDeactivateInput = z.input<typeof userDeactivateInputSchema>;

export const userOpenDealsSchema = z.object({ count: z.number().int().nonnegative() });

export const userUpdateInputSchema = z
  .object({ id: idSchema, patch: z.object(userFieldsShape).partial().strict() })
  .strict();
export type UserPatch = z.output<typeof userUpdateInputSchema>['patch'];
