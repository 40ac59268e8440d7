// Input limits enforced by the server and mirrored by the client's forms.
export const LIMITS = {
    emailMax: 254,
    passwordMin: 12,
    /** argon2 hashes whatever it gets; a cap keeps a megabyte "password" from costing CPU. */
    passwordMax: 256,
    displayNameMax: 120,
    titleMax: 200,
    bodyMax: 50_000,
};
/** Deliberately loose: the server's job is to reject nonsense, not to re-implement RFC 5322. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function normalizeEmail(email) {
    return email.trim().toLowerCase();
}
//# sourceMappingURL=limits.js.map