import { requestedReport } from '#lib/server/report.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { report, outcomes } = await requestedReport(event);
	return { report, indicators: outcomes.indicators, slug: event.params.slug, prepared: new Date().toISOString() };
};
