-- The read policies for visitors (anon) said "Anyone", or no one, although signed-in people read
-- through their own policy. Each now says whom it serves, as the other visitors' policies do; the
-- rules are unchanged.

alter policy "Anyone can read public collections" on public.collections
  rename to "Visitors read public collections";

alter policy "Anyone reads public events of published projects" on public.events
  rename to "Visitors read public events of published projects";

alter policy "Transfers of readable practices are readable" on public.practice_transfers
  rename to "Visitors read transfers of practices they can read";

alter policy "Anyone can read published practices" on public.practices
  rename to "Visitors read published practices";

alter policy "Anyone can read published projects" on public.projects
  rename to "Visitors read published projects";
