export declare const LIMITS: {
    readonly emailMax: 254;
    readonly passwordMin: 12;
    /** argon2 hashes whatever it gets; a cap keeps a megabyte "password" from costing CPU. */
    readonly passwordMax: 256;
    readonly displayNameMax: 120;
    readonly titleMax: 200;
    readonly bodyMax: 50000;
};
/** Deliberately loose: the server's job is to reject nonsense, not to re-implement RFC 5322. */
export declare const EMAIL_PATTERN: RegExp;
export declare function normalizeEmail(email: string): string;
