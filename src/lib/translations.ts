// Reading multilingual content: the reader's language if there is a translation, else the next
// language in the fallback order, shown with a label that says which language it is in.
export type TranslationStatus = 'original' | 'machine' | 'reviewed';
export type TranslatedText = Partial<Record<string, { text: string; status: TranslationStatus }>>;

export type Shown = {
	text: string;
	/** The language the text is in. */
	locale: string;
	status: TranslationStatus;
	/** True when the reader's language was missing and another was shown instead. */
	fallback: boolean;
};

/** The reader's language, then English, then the original: the default fallback order. */
export function fallbackOrder(reader: string, extra: string[] = ['en']): string[] {
	return [...new Set([reader, ...extra])];
}

type Entry = [string, { text: string; status: TranslationStatus }];

function entriesOf(value: TranslatedText | null | undefined): Entry[] {
	return Object.entries(value ?? {}).filter((e): e is Entry => !!e[1]);
}

const originalEntry = (entries: Entry[]): Entry | undefined =>
	entries.find(([, v]) => v.status === 'original') ?? entries[0];

/** The text as first written, and its language: what the translations were made from. */
export function originalOf(
	value: TranslatedText | null | undefined
): { text: string; locale: string } | null {
	const original = originalEntry(entriesOf(value));
	return original ? { text: original[1].text, locale: original[0] } : null;
}

export function pickTranslation(
	value: TranslatedText | null | undefined,
	reader: string,
	order = fallbackOrder(reader)
): Shown | null {
	const entries = entriesOf(value);
	const original = originalEntry(entries);
	if (!original) return null;
	const chosen =
		order.map((locale) => entries.find(([l]) => l === locale)).find(Boolean) ?? original;
	return {
		text: chosen[1].text,
		locale: chosen[0],
		status: chosen[1].status,
		fallback: chosen[0] !== reader
	};
}

/**
 * Writes one language of a translatable field. The first text written is the original; later
 * languages are translations: reviewed, since a person wrote or checked them, unless the editor
 * says they pasted a machine translation nobody has checked. An empty text removes that
 * language, but the original cannot go while translations of it remain.
 */
export function withTranslation(
	value: TranslatedText | null,
	locale: string,
	text: string,
	options: { machine?: boolean } = {}
): TranslatedText | null | 'original_in_use' {
	const next: TranslatedText = { ...(value ?? {}) };
	const current = next[locale];
	if (text === '') {
		if (current?.status === 'original' && Object.keys(next).length > 1) return 'original_in_use';
		delete next[locale];
		return Object.keys(next).length ? next : null;
	}
	const isOriginal =
		current?.status === 'original' || Object.keys(next).filter((l) => l !== locale).length === 0;
	next[locale] = {
		text,
		status: isOriginal ? 'original' : options.machine ? 'machine' : 'reviewed'
	};
	return next;
}
