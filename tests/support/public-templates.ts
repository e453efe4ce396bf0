// One page of each public template, from the demo data: what the SEO test and the Lighthouse
// bench visit. Paths without their locale.
export const PUBLIC_TEMPLATES: Array<{ name: string; path: string }> = [
	{ name: 'home', path: '' },
	{ name: 'projects', path: '/projects' },
	{ name: 'project', path: '/projects/young-neets' },
	{ name: 'project report', path: '/projects/wir/report' },
	{ name: 'events', path: '/events' },
	{ name: 'event', path: '/events/demo-partner-meeting-daugavpils-2024' },
	{ name: 'practices', path: '/practices' },
	{ name: 'practice', path: '/practices/leszno-volunteer-centre' },
	{ name: 'collections', path: '/collections' },
	{ name: 'collection', path: '/collections/volunteering-in-european-cities' },
	{ name: 'organisations', path: '/organisations' },
	{ name: 'organisation', path: '/organisations/comune-di-faenza' },
	{ name: 'organisation overview', path: '/organisations/daugavpils-city-council/overview' },
	{ name: 'accessibility statement', path: '/accessibility' },
	{ name: 'open data', path: '/open-data' },
	{ name: 'privacy notice', path: '/privacy' }
];
