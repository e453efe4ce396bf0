// What a link to a page shows where it is shared (Open Graph, Twitter cards). A public page's load
// returns `share`, or its route is one of PAGE_CARDS below; a page with neither (signed-in pages,
// a draft, a partners-only record, an error) is not for sharing, and asks search engines not to
// list it.
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';

export type Share = {
	title: string;
	description: string;
	/** A path on the portal (`/lv/projects/x/card.png`), made absolute with the public origin, or the record's own picture. */
	image: string;
	imageSize?: { width: number; height: number };
	/** What the picture shows, when it is the record's own; a card shows the title. */
	imageAlt?: string;
	/** A text published on a date is shared as an article. */
	publishedTime?: string;
};

/** The size of a generated sharing card, the one sharing previews ask for (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Open Graph names a locale as language_TERRITORY (`lv_LV`); the likeliest territory of each language. */
export function openGraphLocale(locale: string): string {
	const full = new Intl.Locale(locale).maximize();
	return full.region ? `${full.language}_${full.region}` : full.language;
}

/** A share whose picture is a card drawn by the portal (`card`: its path without the locale). */
export function cardShare(title: string, description: string, card: string): Share {
	return { title, description, image: href(card), imageSize: CARD_SIZE };
}

/** A share's description: one line, at most about 300 characters, as previews show it. */
export function shareDescription(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= 300 ? line : `${line.slice(0, 299).replace(/\s+\S*$/, '')}…`;
}

export type PageCard = {
	route: string;
	title: () => string;
	description: () => string;
	card?: () => string;
};

/**
 * The pages that are the same for every reader (the lists and the portal's own pages): their card,
 * `/cards/<name>.png`, shows the page's title. Read by the layout and by the card route.
 */
export const PAGE_CARDS = {
	home: {
		route: '/',
		title: () => m.site_name(),
		description: () => m.home_intro(),
		card: () => m.site_tagline()
	},
	projects: {
		route: '/projects',
		title: () => m.projects_title(),
		description: () => m.projects_intro()
	},
	events: { route: '/events', title: () => m.events_title(), description: () => m.events_intro() },
	practices: {
		route: '/practices',
		title: () => m.practices_title(),
		description: () => m.practices_intro()
	},
	collections: {
		route: '/collections',
		title: () => m.collections_title(),
		description: () => m.collections_intro()
	},
	organisations: {
		route: '/organisations',
		title: () => m.organisations_title(),
		description: () => m.organisations_intro()
	},
	accessibility: {
		route: '/accessibility',
		title: () => m.a11y_title(),
		description: () => m.a11y_intro()
	},
	'open-data': {
		route: '/open-data',
		title: () => m.open_data_title(),
		description: () => m.open_data_lead()
	},
	privacy: {
		route: '/privacy',
		title: () => m.privacy_title(),
		description: () => m.privacy_intro()
	}
} satisfies Record<string, PageCard>;

export type PageCardName = keyof typeof PAGE_CARDS;

export const isPageCard = (name: string): name is PageCardName => Object.hasOwn(PAGE_CARDS, name);

/** The share of a route in PAGE_CARDS, in the current locale; undefined for any other route. */
export function pageShare(routeId: string | null): Share | undefined {
	const entry = Object.entries(PAGE_CARDS).find(([, page]) => page.route === routeId);
	if (!entry) return undefined;
	const [name, page] = entry;
	return cardShare(page.title(), page.description(), `/cards/${name}.png`);
}
