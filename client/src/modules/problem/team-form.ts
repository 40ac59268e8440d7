import * as z from 'zod/mini';
import type { MemberRole } from '@commons/shared';

/** Roles the team form offers; the problem's lead is changed on the problem itself. */
export const ASSIGNABLE_ROLES: readonly MemberRole[] = ['MEMBER', 'PARTNER', 'OBSERVER', 'SPONSOR'];

export const ADD_MEMBER_FIELD_IDS = {
  userId: 'add-member-person',
  role: 'add-member-role',
  allocationPercent: 'add-member-allocation',
} as const;

export const EDIT_MEMBER_FIELD_IDS = {
  role: 'edit-member-role',
  allocationPercent: 'edit-member-allocation',
} as const;

export type AddMemberField = keyof typeof ADD_MEMBER_FIELD_IDS;
export const ADD_MEMBER_FIELD_ORDER: readonly AddMemberField[] = [
  'userId',
  'role',
  'allocationPercent',
];

export function isAddMemberField(name: string): name is AddMemberField {
  return Object.hasOwn(ADD_MEMBER_FIELD_IDS, name);
}

const ALLOCATION_MESSAGE = 'Enter the share of their time as a whole number from 0 to 100';

/** Allocation as typed: "25", " 40 ", "0". */
const allocation = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter the share of their time, from 0 to 100'),
  z.refine((text) => /^\d{1,3}$/.test(text) && Number(text) <= 100, ALLOCATION_MESSAGE),
);

const role = z.enum(['LEAD', 'MEMBER', 'PARTNER', 'OBSERVER', 'SPONSOR'], 'Choose a role');

export const addMemberSchema = z.object({
  userId: z.string().check(z.minLength(1, 'Choose a person from the list')),
  role,
  allocationPercent: allocation,
});

export const editMemberSchema = z.object({ role, allocationPercent: allocation });

export interface AddMemberValues {
  userId: string;
  role: MemberRole;
  allocationPercent: string;
}

export interface EditMemberValues {
  role: MemberRole;
  allocationPercent: string;
}
