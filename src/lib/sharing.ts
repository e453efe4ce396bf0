// What a link to a page shows where it is shared (Open Graph, Twitter cards): each page's load may
// return `share`; pages without one are shared as the portal itself.
export type Share = {
	title: string;
	description: string;
	/** A path on the portal (`/lv/projects/x/card.png`), made absolute with the public origin. */
	image: string;
	imageSize?: { width: number; height: number };
};

/** The size of a generated sharing card, the one sharing previews ask for (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Open Graph names a locale as language_TERRITORY (`lv_LV`); the likeliest territory of each language. */
export function openGraphLocale(locale: string): string {
	const full = new Intl.Locale(locale).maximize();
	return full.region ? `${full.language}_${full.region}` : full.language;
}
