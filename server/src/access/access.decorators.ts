import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'commons:access';

/** Who may call a root field at all; finer rules live in the services' policy checks. */
export type AccessRequirement = 'public' | 'signed-in';

/** Anyone, signed in or not (sign-in itself, `me`, public pages). */
export const Public = () => SetMetadata(ACCESS_METADATA, 'public' satisfies AccessRequirement);

/** A signed-in user; anonymous callers get UNAUTHENTICATED. */
export const SignedIn = () => SetMetadata(ACCESS_METADATA, 'signed-in' satisfies AccessRequirement);
