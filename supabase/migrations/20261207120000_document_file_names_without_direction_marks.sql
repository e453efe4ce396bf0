-- File names kept before the portal stripped every bidirectional control lose them now: embeddings
-- and overrides (U+202A-202E), isolates (U+2066-2069) and the marks (U+200E, U+200F, U+061C), which
-- only serve to make a name read as something it is not ("invoice<RLO>fdp.exe").
update public.document_files
set file_name = coalesce(nullif(btrim(regexp_replace(file_name, '[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]', '', 'g')), ''), 'file')
where file_name ~ '[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]';
