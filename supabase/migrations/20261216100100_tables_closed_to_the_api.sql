-- Seven tables have row level security and no policy, on purpose: anon and authenticated, the roles
-- PostgREST switches to for a person, read and write none of their rows. Supabase's linter lists
-- them (rls_enabled_no_policy); each now says beside itself why it is closed and who does use it.
-- tests/integration/rls.test.ts fails for a table with no policy and no such comment.

comment on table public.credentials is
  'No policy, on purpose: password hashes (argon2id), read and written by the server alone with the service role, when a person signs in, sets or changes a password.';

comment on table public.password_resets is
  'No policy, on purpose: the hashes of password-reset tokens, acted on by people without a session, so read and written by the server alone with the service role.';

comment on table public.sign_in_failures is
  'No policy, on purpose: failed sign-ins per account and per client address, counted by the server with the service role to slow down guessing; nobody reads their own.';

comment on table public.notification_opt_outs is
  'No policy, on purpose: addresses without an account that asked for no more of a kind, written through public.unsubscribe (service role only) when the server has checked a one-click link''s signature, and read by the database''s own functions before anything is sent.';

comment on table public.notification_digest_runs is
  'No policy, on purpose: a digest run per person and local day, claimed and released by the server''s worker through public.claim_digests and public.release_digest_runs (service role only), so that several servers send a digest once.';

comment on table public.scheduled_jobs is
  'No policy, on purpose: the scheduler''s claims on each run of a job, made through public.claim_scheduled_job (service role only), so that several servers do each run once.';

comment on table private.idempotency_keys is
  'No policy, on purpose: the key of each form that created a record, written in the same transaction by the database''s own functions, read and purged by the server with the service role.';
