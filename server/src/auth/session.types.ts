import 'express-session';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    /** Epoch ms of sign-in: the absolute timeout counts from here. */
    signedInAt: number;
  }
}
