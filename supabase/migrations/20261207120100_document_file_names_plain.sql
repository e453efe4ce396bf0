-- No file name holds a bidirectional control, whoever writes it (the portal strips them; a client
-- of the API that does not is refused).
alter table public.document_files
  add constraint document_files_file_name_no_direction_controls
  check (file_name !~ '[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]');
