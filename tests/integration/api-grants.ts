// What the API roles may do to each table in `public`, before row level security narrows it.
// Every table is listed, with [] where a role gets nothing at table level. A new table must be
// added here on purpose: the tests fail on any grant not listed (rls.test.ts and roles.test.ts
// compare the table grants, roles.test.ts also the column grants below).
export const API_GRANTS: Record<string, { anon: string[]; authenticated: string[] }> = {
	content_locales: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// The EU programmes and strands: reference data, read by everyone, written by migrations alone.
	programmes: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// What each programme's reports ask for: reference data like the programmes.
	programme_indicators: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// The home page's figures: kept by the database's triggers, read by everyone.
	network_figures: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// A person reads and deletes their own account; the columns they may change are below.
	users: { anon: [], authenticated: ['DELETE', 'SELECT'] },
	// Password hashes, sessions, reset tokens and failed sign-ins: the server's alone (but a person
	// reads when their own sessions ran: column grants below).
	credentials: { anon: [], authenticated: [] },
	sessions: { anon: [], authenticated: [] },
	password_resets: { anon: [], authenticated: [] },
	sign_in_failures: { anon: [], authenticated: [] },
	organisations: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// An organisation's logo (renditions only): readable with the organisation, written by its admins (RLS).
	organisation_logos: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Translations of an organisation's name: written by whoever may edit the organisation.
	organisation_name_translations: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// INSERT is for platform admins only (the policy narrows it): everyone else joins by accepting
	// an invitation, which the server does as service_role (public.accept_invitation).
	organisation_members: { anon: [], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	projects: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	project_partners: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	// A project's content tables: readable with the project, written by its coordinators (RLS).
	unnamed_partners: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	project_budgets: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	budget_payments: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	project_indicators: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	project_members: { anon: [], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	// Members propose changes to their organisation's details; its admins decide (column grants
	// below; row level security narrows both). Never deleted through the API.
	organisation_proposals: { anon: [], authenticated: ['SELECT'] },
	// Column grants only: every column but the token hash can be read.
	invitations: { anon: [], authenticated: [] },
	// Written by triggers (as the table owner) and by the server; read by platform admins, and by
	// each person for the entries where they are the actor.
	audit_log: { anon: [], authenticated: ['SELECT'] },
	// Events (tests/integration/events.test.ts): readable with their projects (RLS), edited by their
	// editors; the columns an editor may change are below.
	events: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Listing an event in a project: its coordinators, for events they can edit.
	project_events: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	// The online link is for the partnership: never anon.
	event_links: { anon: [], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	event_sessions: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Places per organisation: the partnership reads them, editors set them (column grants below).
	event_delegations: { anon: [], authenticated: ['DELETE', 'SELECT'] },
	// Names: read by the event's editors and the person's own organisation; written only through
	// public.register_participant and public.cancel_registration.
	event_registrations: { anon: [], authenticated: ['SELECT'] },
	// Who came, per day (tests/integration/attendance.test.ts): recorded and removed by the event's
	// editors, read by them and by those who read the registration (column grants below).
	event_day_attendance: { anon: [], authenticated: ['DELETE', 'SELECT'] },
	// Good practices (tests/integration/practices.test.ts): readable once a language is published
	// (RLS), started by their writers, their details edited by their writers until a language is
	// published and by their approvers after (column grants below), removed by their approvers.
	practices: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// The organisations that did it together with the owner: named and removed by the approvers.
	practice_organisations: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	// Working copies: the writers' alone, never anon; the state changes only through the review
	// functions (column grants below).
	practice_texts: { anon: [], authenticated: ['DELETE', 'SELECT'] },
	// What readers see: written only by publish_practice_text / unpublish_practice_text.
	practice_publications: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// Written only by a trigger on practice_texts; read by the writers.
	practice_text_history: { anon: [], authenticated: ['SELECT'] },
	// Collections: public or for the partnership (RLS), kept by curators (column grants below).
	collections: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Items as readable as their collection; added, placed and removed by its curators.
	collection_items: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Transfers: as public as their practice; followed by the adopting organisation's members.
	practice_transfers: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Each stage reached: written only by a trigger on practice_transfers.
	practice_transfer_stages: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// Outcomes (tests/integration/outcomes.test.ts): result statements and press items, readable with
	// the project, written by its coordinators (column grants below).
	project_results: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	press_items: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Documents (tests/integration/documents.test.ts): readable with their record, partner-only ones by
	// the partnership (RLS); added, changed and removed by the record's writers (column grants below).
	documents: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Files: exactly as readable as their document; the bytes are read through document_file_bytes.
	document_files: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// An image's web-sized renditions: exactly as readable as its file, written by its writers
	// (column grants below), never changed in place.
	document_file_renditions: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// An event's gallery photos (tests/integration/event-photos.test.ts): exactly as readable as their
	// document, written by the event's editors (column grants below).
	event_photos: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// Notifications (tests/integration/notification-preferences.test.ts). The kinds and their defaults:
	// read by anyone signed in (the account page lists them), written only by migrations.
	notification_kinds: { anon: [], authenticated: ['SELECT'] },
	// Each person's choice per kind: their own rows only (RLS); the columns they may write are below.
	notification_preferences: { anon: [], authenticated: ['DELETE', 'SELECT'] },
	// The outbox: written only by the database's triggers and the server's worker (service role);
	// read by each recipient for their own, by platform admins for all.
	notifications: { anon: [], authenticated: ['SELECT'] },
	// Addresses without an account that unsubscribed, and who has had today's digest: the server's alone.
	notification_opt_outs: { anon: [], authenticated: [] },
	notification_digest_runs: { anon: [], authenticated: [] },
	// Which server does each run of scheduled work (public.claim_scheduled_job): the server's alone.
	scheduled_jobs: { anon: [], authenticated: [] },
	// The values published projects and practices have, for the lists' filters: kept by triggers,
	// read by anyone.
	list_facets: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// The portal map's partners and projects per country: kept by triggers, read by anyone.
	partner_country_counts: { anon: ['SELECT'], authenticated: ['SELECT'] }
};

type ColumnPrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'REFERENCES';

/**
 * Grants on single columns, per table and role (on top of API_GRANTS). Ownership, identity,
 * timestamps set by the database and flags such as `is_platform_admin` are missing on purpose.
 */
export const API_COLUMN_GRANTS: Record<
	string,
	Partial<Record<'anon' | 'authenticated', Partial<Record<ColumnPrivilege, string[]>>>>
> = {
	users: {
		authenticated: {
			UPDATE: ['display_name', 'preferred_locale', 'time_zone', 'digest_hour', 'updated_at']
		}
	},
	// Never the id: it is the SHA-256 of the session cookie's token.
	sessions: {
		authenticated: { SELECT: ['user_id', 'created_at', 'expires_at', 'absolute_expires_at'] }
	},
	organisations: {
		authenticated: {
			INSERT: [
				'slug',
				'name',
				'kind',
				'city',
				'country',
				'website',
				'description',
				'name_lang',
				'street_address',
				'postcode'
			],
			// parent_id: platform admins only (a trigger refuses everyone else, see organisation-units.test.ts).
			UPDATE: [
				'slug',
				'name',
				'kind',
				'city',
				'country',
				'website',
				'description',
				'version',
				'updated_at',
				'parent_id',
				'name_lang',
				'street_address',
				'postcode'
			]
		}
	},
	// Never the size (computed) or the time (the database's).
	organisation_logos: {
		authenticated: {
			INSERT: ['organisation_id', 'name', 'content_type', 'bytes', 'width', 'height']
		}
	},
	organisation_name_translations: {
		authenticated: { INSERT: ['organisation_id', 'locale', 'name'], UPDATE: ['name'] }
	},
	organisation_members: { authenticated: { UPDATE: ['role'] } },
	projects: {
		authenticated: {
			INSERT: [
				'slug',
				'acronym',
				'title',
				'status',
				'is_published',
				'summary',
				'programme',
				'strand',
				'call_reference',
				'grant_reference',
				'council_decision',
				'start_date',
				'end_date',
				'dates_precision',
				'objectives',
				'target_groups',
				'activities',
				'contact_role',
				'contact_email',
				'website'
			],
			UPDATE: [
				'slug',
				'acronym',
				'title',
				'status',
				'is_published',
				'version',
				'updated_at',
				'summary',
				'programme',
				'strand',
				'call_reference',
				'grant_reference',
				'council_decision',
				'start_date',
				'end_date',
				'dates_precision',
				'objectives',
				'target_groups',
				'activities',
				'contact_role',
				'contact_email',
				'website'
			]
		}
	},
	project_partners: { authenticated: { UPDATE: ['role'] } },
	// Never proposed_by, status, decided_by or decided_at on insert: the database sets them. Deciding
	// sets only the status; a trigger stamps who decided and when.
	organisation_proposals: {
		authenticated: {
			INSERT: [
				'organisation_id',
				'base_version',
				'name',
				'kind',
				'city',
				'country',
				'website',
				'description',
				'message'
			],
			UPDATE: ['status']
		}
	},
	project_members: { authenticated: { UPDATE: ['role'] } },
	// Never slug, id, created_at: an event keeps its address.
	events: {
		authenticated: {
			UPDATE: [
				'kind',
				'title',
				'description',
				'host_organisation_id',
				'venue_name',
				'venue_address',
				'venue_city',
				'venue_country',
				'time_zone',
				'starts_local',
				'ends_local',
				'time_precision',
				'visibility',
				'status',
				'version',
				'updated_at',
				'registration_deadline'
			]
		}
	},
	// A session stays with its event (no event_id on update).
	event_sessions: {
		authenticated: {
			INSERT: [
				'event_id',
				'starts_local',
				'ends_local',
				'title',
				'description',
				'place',
				'speakers',
				'kind',
				'position'
			],
			UPDATE: [
				'starts_local',
				'ends_local',
				'title',
				'description',
				'place',
				'speakers',
				'kind',
				'position',
				'version'
			]
		}
	},
	event_delegations: {
		authenticated: {
			INSERT: ['event_id', 'organisation_id', 'places', 'reported_participants'],
			UPDATE: ['places', 'reported_participants']
		}
	},
	// Never recorded_by or recorded_at: the database sets them; an entry keeps its event, day and person.
	event_day_attendance: {
		authenticated: {
			INSERT: [
				'event_id',
				'day',
				'registration_id',
				'walk_in_name',
				'walk_in_organisation',
				'walk_in_country',
				'session_id'
			],
			UPDATE: ['walk_in_name', 'walk_in_organisation', 'walk_in_country']
		}
	},
	// Never version, updated_at on insert; never the organisation or the project on update (they
	// decide who approves). created_by: create_practice runs with the caller's rights and names them.
	practices: {
		authenticated: {
			INSERT: [
				'id',
				'slug',
				'organisation_id',
				'project_id',
				'themes',
				'target_groups',
				'city',
				'country',
				'contact_name',
				'contact_email',
				'image_url',
				'image_alt',
				'created_by'
			],
			UPDATE: [
				'themes',
				'target_groups',
				'city',
				'country',
				'contact_name',
				'contact_email',
				'image_url',
				'image_alt',
				'version',
				'updated_at'
			]
		}
	},
	// Never state, review_comment, version, updated_by or updated_at: the review functions and
	// triggers set them; a text keeps its practice and language.
	practice_texts: {
		authenticated: {
			INSERT: [
				'practice_id',
				'locale',
				'kind',
				'title',
				'summary',
				'context',
				'actions',
				'resources',
				'results',
				'lessons',
				'transfer'
			],
			UPDATE: [
				'kind',
				'title',
				'summary',
				'context',
				'actions',
				'resources',
				'results',
				'lessons',
				'transfer'
			]
		}
	},
	// A collection keeps its address and its project or organisation.
	collections: {
		authenticated: {
			INSERT: [
				'id',
				'slug',
				'project_id',
				'organisation_id',
				'title',
				'introduction',
				'visibility'
			],
			UPDATE: ['title', 'introduction', 'visibility', 'version', 'updated_at']
		}
	},
	// An item is placed last unless a position is given; only its position changes.
	collection_items: {
		authenticated: {
			INSERT: ['collection_id', 'practice_id', 'position'],
			UPDATE: ['position']
		}
	},
	// Never created_by (the database names who started it); a transfer keeps its practice and organisation.
	practice_transfers: {
		authenticated: {
			INSERT: [
				'id',
				'practice_id',
				'organisation_id',
				'project_id',
				'stage',
				'started_on',
				'stage_since',
				'notes',
				'results'
			],
			UPDATE: ['project_id', 'stage', 'stage_since', 'notes', 'results', 'version', 'updated_at']
		}
	},
	// A result or press item stays with its project (no project_id on update).
	project_results: {
		authenticated: {
			INSERT: ['project_id', 'statement', 'position'],
			UPDATE: ['statement', 'position', 'version', 'updated_at']
		}
	},
	press_items: {
		authenticated: {
			INSERT: ['project_id', 'kind', 'title', 'published_on', 'body', 'url', 'position'],
			UPDATE: ['kind', 'title', 'published_on', 'body', 'url', 'position', 'version', 'updated_at']
		}
	},
	// A document stays with its record and its part of it (no owner or part column on update); the
	// author is the person adding it.
	documents: {
		authenticated: {
			INSERT: [
				'id',
				'project_id',
				'event_id',
				'practice_id',
				'result_id',
				'press_item_id',
				'title',
				'kind',
				'visibility',
				'position',
				'created_by'
			],
			UPDATE: ['title', 'kind', 'visibility', 'position', 'version', 'updated_at']
		}
	},
	// Never organisation_id (a trigger names whose quota the file counts against), byte_size or sha256
	// (computed from the bytes); a file keeps its document and language.
	document_files: {
		authenticated: {
			INSERT: ['id', 'document_id', 'locale', 'file_name', 'content_type', 'bytes', 'created_by'],
			UPDATE: ['file_name', 'content_type', 'bytes', 'updated_at']
		}
	},
	// Never byte_size (computed from the bytes).
	document_file_renditions: {
		authenticated: {
			INSERT: ['file_id', 'name', 'content_type', 'bytes', 'width', 'height']
		}
	},
	// A photo stays with its document and event.
	event_photos: {
		authenticated: {
			INSERT: ['document_id', 'event_id', 'credit', 'consent'],
			UPDATE: ['credit', 'consent', 'updated_at']
		}
	},
	// A person's own preferences (WITH CHECK keeps every row theirs).
	notification_preferences: {
		authenticated: {
			INSERT: ['user_id', 'kind', 'delivery', 'updated_at'],
			// user_id and kind only because PostgREST's upsert sets them (20261206150100_notification_preferences_upsert.sql).
			UPDATE: ['user_id', 'kind', 'delivery', 'updated_at']
		}
	},
	invitations: {
		authenticated: {
			SELECT: [
				'id',
				'email',
				'locale',
				'organisation_id',
				'organisation_role',
				'project_id',
				'project_role',
				'invited_by',
				'created_at',
				'expires_at',
				'last_sent_at',
				'sent_count',
				'accepted_at',
				'accepted_by',
				'revoked_at'
			],
			INSERT: [
				'token_hash',
				'email',
				'locale',
				'organisation_id',
				'organisation_role',
				'project_id',
				'project_role',
				'invited_by',
				'expires_at'
			],
			UPDATE: ['token_hash', 'expires_at', 'last_sent_at', 'sent_count', 'revoked_at']
		}
	}
};

/**
 * Functions in `public` that the API roles may call. public.accept_invitation,
 * public.create_account_from_invitation, public.claim_sign_in_attempt and public.purge_expired are
 * missing on purpose: service_role only.
 */
export const API_FUNCTIONS: Record<string, string[]> = {
	health_check: ['anon', 'authenticated'],
	// Whether a form the person sent was acted on before (their own keys only; 20261207110200).
	form_acted_on: ['authenticated'],
	// Editing projects (tests/integration/project-editing.test.ts): signed-in people only; each
	// checks who is asking itself (or, accept_organisation_proposal, runs under row level security).
	create_project: ['authenticated'],
	add_new_partner_organisation: ['authenticated'],
	accept_organisation_proposal: ['authenticated'],
	// Events (tests/integration/events.test.ts): each checks who is asking itself. Attendance is
	// counts per country, for anyone who may read the event.
	create_event: ['authenticated'],
	register_participant: ['authenticated'],
	cancel_registration: ['authenticated'],
	event_attendance: ['anon', 'authenticated'],
	// Runs with the caller's rights (row level security decides who may move sessions).
	swap_sessions: ['authenticated'],
	save_event: ['authenticated'],
	record_delegation_export: ['authenticated'],
	// Lowers places only when the host confirmed everyone who would move (row level security underneath).
	lower_places: ['authenticated'],
	// The door list of a day in one submit: the event's editors only (checked inside).
	record_attendance: ['authenticated'],
	record_session_attendance: ['authenticated'],
	// The account language of each registered person who attended, for their certificate: editors only (checked inside).
	attendee_locales: ['authenticated'],
	search_projects: ['anon', 'authenticated'],
	project_filter_choices: ['anon', 'authenticated'],
	count_projects: ['anon', 'authenticated'],
	// An organisation's events, and the transfers concerning a project or an organisation, as one
	// query each for the pages (tests/integration/event-pages.test.ts): with the caller's rights.
	events_of_organisation: ['anon', 'authenticated'],
	transfers_of: ['anon', 'authenticated'],
	// Organisations and projects to filter the lists by, found by name: under row level security.
	project_partner_choices: ['anon', 'authenticated'],
	practice_organisation_choices: ['anon', 'authenticated'],
	practice_project_choices: ['anon', 'authenticated'],
	// Good practices (tests/integration/practices.test.ts). create_practice runs with the caller's
	// rights (row level security decides); the review steps check who is asking and the version seen.
	create_practice: ['authenticated'],
	submit_practice_text: ['authenticated'],
	return_practice_text: ['authenticated'],
	publish_practice_text: ['authenticated'],
	unpublish_practice_text: ['authenticated'],
	// Saving a text that may be under review, saying whether to withdraw or resubmit it
	// (tests/integration/practice-review.test.ts): checks who is asking and the version seen.
	save_practice_text: ['authenticated'],
	resubmit_practice_text: ['authenticated'],
	// Finding published practices: for everyone, under row level security.
	search_practices: ['anon', 'authenticated'],
	list_practices: ['anon', 'authenticated'],
	// How many of a collection's practices are published, read as a column of the collection list,
	// with the reader's rights.
	published_practices: ['anon', 'authenticated'],
	count_practices: ['anon', 'authenticated'],
	practice_filter_choices: ['anon', 'authenticated'],
	// The sitemap's pages (tests/e2e/sitemap.spec.ts): read as anon, under row level security.
	sitemap_pages: ['anon', 'authenticated'],
	// The one search (tests/integration/search.test.ts): the caller's rights, kind by kind.
	search_everything: ['anon', 'authenticated'],
	// What the pages offer a person (write, approve): the policies still decide every write.
	practice_permissions: ['anon', 'authenticated'],
	// The same for events, collections, projects, organisations and transfers, as a column read
	// with the record (tests/integration/event-permissions.test.ts, collection-permissions.test.ts,
	// partnership-permissions.test.ts).
	event_permissions: ['anon', 'authenticated'],
	collection_permissions: ['anon', 'authenticated'],
	project_permissions: ['anon', 'authenticated'],
	organisation_permissions: ['anon', 'authenticated'],
	transfer_permissions: ['anon', 'authenticated'],
	// Whom a person may start a practice for, as the policy decides (practice-owner-choices.test.ts).
	practice_owner_organisations: ['authenticated'],
	practice_owner_projects: ['authenticated'],
	// The same for projects, collections and an event's listings (partnership-permissions.test.ts).
	project_lead_organisations: ['authenticated'],
	collection_owner_projects: ['authenticated'],
	collection_owner_organisations: ['authenticated'],
	event_listing_projects: ['authenticated'],
	// Runs with the caller's rights (row level security decides who may reorder a collection).
	move_collection_item: ['authenticated'],
	// Outcomes: planned and achieved per indicator, counted from the records, for anyone who may read
	// the project (null otherwise).
	project_outcomes: ['anon', 'authenticated'],
	// Moving a result or press item one place: with the caller's rights (row level security decides).
	move_project_result: ['authenticated'],
	move_press_item: ['authenticated'],
	// An organisation's network overview (tests/integration/network-overview.test.ts): runs with the
	// caller's rights, so it counts only the projects, budgets and payments they may read.
	organisation_overview: ['anon', 'authenticated'],
	// The same numbers as a computed column of projects, for the open-data export: one request per
	// page of projects (supabase/migrations/20261122170000_open_data.sql).
	outcomes: ['anon', 'authenticated'],
	// A document's file, or an image's rendition, as raw bytes; run with the caller's rights (row
	// level security decides).
	document_file_bytes: ['anon', 'authenticated'],
	document_file_rendition_bytes: ['anon', 'authenticated'],
	// Stores a file with its renditions in one transaction, with the caller's rights.
	save_document_file: ['authenticated'],
	// An event's gallery (tests/integration/event-photos.test.ts): with the caller's rights.
	add_event_photos: ['authenticated'],
	update_event_photo: ['authenticated'],
	// An organisation's logo: its renditions' bytes, and replacing them in one transaction; with the
	// caller's rights (tests/integration/organisation-directory.test.ts).
	organisation_logo_bytes: ['anon', 'authenticated'],
	save_organisation_logo: ['authenticated'],
	// The organisation directory, under row level security.
	search_organisations: ['anon', 'authenticated'],
	count_organisations: ['anon', 'authenticated'],
	organisation_countries: ['anon', 'authenticated'],
	// Sends a failed notification again: checks that the caller is a platform admin. Claiming,
	// settling, digests, scheduled notifications and unsubscribing are the server's (service_role).
	retry_notification: ['authenticated'],
	// Notifications per state for the admin's mail page: with the caller's rights (a platform admin
	// counts all, anyone else their own).
	notification_counts: ['authenticated'],
	// What waits for the signed-in person (tests/integration/my-work.test.ts): with the caller's
	// rights, only for signed-in people (there is nothing to wait for an anonymous visitor).
	my_work: ['authenticated'],
	my_work_count: ['authenticated'],
	// The partners' countries the maps draw (tests/integration/partner-countries.test.ts): an
	// organisation's network with the caller's rights, the portal's published projects for everyone.
	partner_countries: ['anon', 'authenticated']
};
