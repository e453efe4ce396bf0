// Secrets handed out in cookies and links (sessions, invitations, password resets): 160 random
// bits, and their SHA-256, which is all the database keeps.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

export function newToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A token as we hand them out: 32 base32 characters. Anything else is not worth a query. */
export function looksLikeToken(value: string): boolean {
	return /^[a-z2-7]{32}$/.test(value);
}
