import { describe, expect, it } from 'vitest';
import { answer, answerTo } from '../../src/lib/form-answers.ts';

describe('the answer to a refused form', () => {
	const refused = {
		action: 'addName',
		values: { name: 'Rīgas dome' },
		errors: { locale: 'Choose a language.' },
		message: 'Fix the fields marked.'
	};
	it('is shown by the form that was sent, and by no other form of the page', () => {
		expect(answerTo(refused, 'addName')).toEqual({
			values: { name: 'Rīgas dome' },
			errors: { locale: 'Choose a language.' },
			message: 'Fix the fields marked.'
		});
		expect(answerTo(refused, 'removeName')).toEqual({ values: {}, errors: {} });
	});
	it('is empty when no form was refused', () => {
		expect(answer(null)).toEqual({ values: {}, errors: {} });
		expect(answer({ message: 'Taken.' })).toEqual({ values: {}, errors: {}, message: 'Taken.' });
	});
});
