import { m } from '#lib/paraglide/messages.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '#lib/password-rules.ts';
import type { PasswordProblem } from './passwords.ts';

export function passwordProblemMessage(problem: PasswordProblem): string {
	switch (problem) {
		case 'too_short':
			return m.password_too_short({ min: MIN_PASSWORD_LENGTH });
		case 'too_long':
			return m.password_too_long({ max: MAX_PASSWORD_LENGTH });
		case 'common':
			return m.password_common();
	}
}
