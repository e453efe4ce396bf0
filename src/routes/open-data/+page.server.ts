// The open-data documentation: the codes the files use, each with its name in the reader's language.
import { m } from '#lib/paraglide/messages.js';
import { eventKindName, eventStatusName } from '#lib/event-names.ts';
import { PRACTICE_THEMES, TARGET_GROUPS, targetGroupName, themeName } from '#lib/practices.ts';
import { indicatorDefinition, indicatorName, statusName } from '#lib/project-names.ts';
import { partnerRoleName } from '#lib/role-names.ts';
import { EVENT_KINDS, EVENT_STATUSES } from '#lib/server/data/events.ts';
import { COMPUTABLE_CODES } from '#lib/server/data/outcomes.ts';
import { INDICATOR_CODES } from '#lib/server/data/project-changes.ts';
import { PROJECT_STATUSES } from '#lib/server/data/projects.ts';
import * as programmes from '#lib/server/data/programmes.ts';
import { programmeName } from '#lib/programmes.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { DATASETS, datasetPath, PAGE_SIZES } from '#lib/server/open-data.ts';
import type { PageServerLoad } from './$types';

export type Code = { code: string; name: string; definition?: string };

const named = (codes: readonly string[], name: (code: string) => string): Code[] =>
	codes.map((code) => ({ code, name: name(code) }));

export const load: PageServerLoad = async ({ locals }) => ({
	datasets: DATASETS.map((dataset) => ({ dataset, path: datasetPath(dataset) })),
	pageSizes: PAGE_SIZES,
	codes: {
		programme: (await programmes.named(locals.supabase, getLocale())).map(({ code }) => ({
			code,
			name: programmeName(code)
		})),
		projectStatus: named(PROJECT_STATUSES, statusName),
		partnerRole: named(['applicant', 'lead_partner', 'coordinator', 'partner'] as const, (role) =>
			partnerRoleName(role as 'partner')
		),
		eventKind: named(EVENT_KINDS, eventKindName),
		eventStatus: named(EVENT_STATUSES, eventStatusName),
		theme: named(PRACTICE_THEMES, themeName),
		targetGroup: named(TARGET_GROUPS, targetGroupName),
		// What each indicator counts when the portal computes it; the others are always entered.
		indicator: INDICATOR_CODES.map((code) => {
			const computable = (COMPUTABLE_CODES as readonly string[]).includes(code);
			return {
				code,
				name: indicatorName(code),
				definition: computable
					? `${m.open_data_when_computed()} ${indicatorDefinition(code, 'computed')}`
					: indicatorDefinition(code, 'entered')
			};
		})
	}
});
