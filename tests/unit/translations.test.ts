import { describe, expect, it } from 'vitest';
import {
	originalOf,
	pickTranslation,
	withTranslation,
	type TranslatedText
} from '../../src/lib/translations.ts';
import { stateOf } from '../../src/lib/server/data/invitations.ts';

const title = {
	lv: { text: 'Atveriet sirdis, cilvēki!', status: 'original' as const },
	en: { text: 'Open your hearts, people!', status: 'reviewed' as const }
};

describe('pickTranslation', () => {
	it('shows the reader’s language when there is one', () => {
		expect(pickTranslation(title, 'lv')).toEqual({
			text: 'Atveriet sirdis, cilvēki!',
			locale: 'lv',
			status: 'original',
			fallback: false
		});
		expect(pickTranslation(title, 'en')).toMatchObject({ locale: 'en', fallback: false });
	});

	it('falls back visibly: to English, then to the original', () => {
		expect(pickTranslation(title, 'pl')).toMatchObject({
			locale: 'en',
			fallback: true,
			status: 'reviewed'
		});
		expect(pickTranslation({ lv: title.lv }, 'pl')).toMatchObject({
			locale: 'lv',
			fallback: true,
			status: 'original'
		});
	});

	it('follows a given fallback order', () => {
		expect(pickTranslation(title, 'ru', ['ru', 'lv', 'en'])).toMatchObject({ locale: 'lv' });
	});

	it('shows nothing for no text', () => {
		expect(pickTranslation(null, 'en')).toBeNull();
		expect(pickTranslation({}, 'en')).toBeNull();
	});
});

describe('originalOf', () => {
	it('finds the text as first written, whatever the reader', () => {
		expect(originalOf({ ...title, en: { text: 'Open your hearts', status: 'machine' } })).toEqual({
			text: 'Atveriet sirdis, cilvēki!',
			locale: 'lv'
		});
		expect(originalOf(null)).toBeNull();
	});
});

describe('invitation state', () => {
	const now = new Date('2026-11-22T12:00:00Z');
	it.each([
		[
			{ accepted_at: '2026-11-21T00:00:00Z', revoked_at: null, expires_at: '2026-11-01T00:00:00Z' },
			'accepted'
		],
		[
			{ accepted_at: null, revoked_at: '2026-11-21T00:00:00Z', expires_at: '2026-12-01T00:00:00Z' },
			'revoked'
		],
		[{ accepted_at: null, revoked_at: null, expires_at: '2026-11-22T12:00:00Z' }, 'expired'],
		[{ accepted_at: null, revoked_at: null, expires_at: '2026-11-22T12:00:01Z' }, 'pending']
	])('%o is %s', (invitation, state) => {
		expect(stateOf(invitation, now)).toBe(state);
	});
});

describe('withTranslation', () => {
	it('makes the first text the original and later ones reviewed translations', () => {
		const first = withTranslation(null, 'lv', 'Pašvaldība');
		expect(first).toEqual({ lv: { text: 'Pašvaldība', status: 'original' } });
		const second = withTranslation(first as TranslatedText, 'en', 'Municipality');
		expect(second).toEqual({
			lv: { text: 'Pašvaldība', status: 'original' },
			en: { text: 'Municipality', status: 'reviewed' }
		});
		expect(withTranslation(second as TranslatedText, 'lv', 'Dome')).toMatchObject({
			lv: { text: 'Dome', status: 'original' }
		});
	});

	it('removes a translation when emptied, but not an original that has translations', () => {
		const both = {
			lv: { text: 'a', status: 'original' as const },
			en: { text: 'b', status: 'machine' as const }
		};
		expect(withTranslation(both, 'en', '')).toEqual({ lv: { text: 'a', status: 'original' } });
		expect(withTranslation(both, 'lv', '')).toBe('original_in_use');
		expect(withTranslation({ lv: both.lv }, 'lv', '')).toBeNull();
	});
});

describe('withTranslation with { machine }', () => {
	const original = { lv: { text: 'Pašvaldība', status: 'original' as const } };

	it('marks a new translation as a machine translation', () => {
		expect(withTranslation(original, 'en', 'Municipality', { machine: true })).toEqual({
			lv: { text: 'Pašvaldība', status: 'original' },
			en: { text: 'Municipality', status: 'machine' }
		});
	});

	it('keeps the original an original, even when saved with machine: true', () => {
		expect(withTranslation(null, 'lv', 'Pašvaldība', { machine: true })).toEqual(original);
		const both = { ...original, en: { text: 'Municipality', status: 'machine' as const } };
		expect(withTranslation(both, 'lv', 'Dome', { machine: true })).toMatchObject({
			lv: { text: 'Dome', status: 'original' }
		});
	});

	it('marks a machine translation reviewed when saved again without machine', () => {
		const machine = withTranslation(original, 'en', 'Municipality', {
			machine: true
		}) as TranslatedText;
		expect(withTranslation(machine, 'en', 'Municipality')).toMatchObject({
			en: { text: 'Municipality', status: 'reviewed' }
		});
		expect(withTranslation(machine, 'en', 'Local council', { machine: false })).toMatchObject({
			en: { text: 'Local council', status: 'reviewed' }
		});
	});

	it('can mark a reviewed translation as machine again when the editor says so', () => {
		const reviewed = { ...original, en: { text: 'Municipality', status: 'reviewed' as const } };
		expect(withTranslation(reviewed, 'en', 'Municipality (auto)', { machine: true })).toMatchObject(
			{ en: { status: 'machine' } }
		);
	});
});
