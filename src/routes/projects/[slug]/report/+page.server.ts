import { m } from '#lib/paraglide/messages.js';
import { requestedReport } from '#lib/server/report.ts';
import { cardShare } from '#lib/sharing.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { report, outcomes, published } = await requestedReport(event);
	const slug = event.params.slug;
	// Shared with the project's card; a draft's report is its partnership's.
	const share = published
		? cardShare(report.title, m.report_intro(), `/projects/${slug}/card.png`)
		: undefined;
	return {
		report,
		share,
		indicators: outcomes.indicators,
		slug,
		prepared: new Date().toISOString()
	};
};
