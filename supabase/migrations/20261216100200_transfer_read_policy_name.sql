-- The signed-in read policy of practice transfers was named as a noun phrase, the last such name;
-- it now says as a sentence whom it serves and what they read, like its visitors' twin
-- ("Visitors read transfers of practices they can read"). The rule is unchanged.
alter policy "Transfers of readable practices, and one's own organisation's" on public.practice_transfers
  rename to "People read transfers of practices they read, and their own";
