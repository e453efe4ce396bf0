// Passwords: argon2id with OWASP's parameters; at least 8 characters, long ones kept whole;
// the 49,000 most common passwords refused.
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '#lib/password-rules.ts';

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'too_long' | 'common';

export function passwordProblem(password: string): PasswordProblem | null {
	if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
	if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
	if (common.has(password.toLowerCase())) return 'common';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/**
 * Verifies against a throw-away hash, so that an unknown e-mail address takes as long to refuse
 * as a wrong password.
 */
let decoy: Promise<string> | undefined;
export async function spendVerificationTime(password: string): Promise<void> {
	decoy ??= hashPassword(crypto.randomUUID());
	await verifyPassword(await decoy, password);
}
