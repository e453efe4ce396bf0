// Countries by ISO 3166 code, named in the reader's language through Intl.
export function countryName(code: string, locale: string): string {
	return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

