import { describe, expect, it } from 'vitest';
import { byShownName, organisationName } from '../../src/lib/organisation-names.ts';

const ravenna = {
	name: 'Comune di Ravenna',
	name_lang: 'it',
	names: [{ locale: 'lv', name: 'Ravennas pašvaldība' }]
};

describe('organisationName', () => {
	it('shows the translation for the reader’s language, in that language', () => {
		expect(organisationName(ravenna, 'lv')).toEqual({ text: 'Ravennas pašvaldība', lang: 'lv' });
	});

	it('shows the own name, in its own language, where the reader’s language has no translation', () => {
		expect(organisationName(ravenna, 'en')).toEqual({ text: 'Comune di Ravenna', lang: 'it' });
		expect(
			organisationName({ name: 'Daugavpils valstspilsētas pašvaldība', name_lang: 'lv' }, 'de')
		).toEqual({ text: 'Daugavpils valstspilsētas pašvaldība', lang: 'lv' });
	});

	it('sorts by the names the reader sees', () => {
		const gottingen = {
			name: 'Stadt Göttingen',
			name_lang: 'de',
			names: [{ locale: 'lv', name: 'Gotingena' }]
		};
		expect(
			[gottingen, ravenna].sort(byShownName('lv')).map((o) => organisationName(o, 'lv').text)
		).toEqual(['Gotingena', 'Ravennas pašvaldība']);
		expect(
			[gottingen, ravenna].sort(byShownName('en')).map((o) => organisationName(o, 'en').text)
		).toEqual(['Comune di Ravenna', 'Stadt Göttingen']);
	});
});
