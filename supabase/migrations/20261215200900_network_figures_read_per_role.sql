-- Reading network figures, one policy per role, each named for whom it serves: the one
-- it replaces (20261209120000_network_figures) covered anon and authenticated together. The
-- same condition for both, word for word.

drop policy "The network's figures are public" on public.network_figures;

create policy "Visitors read the network's figures"
  on public.network_figures for select to anon
  using (true);

create policy "Signed-in people read the network's figures"
  on public.network_figures for select to authenticated
  using (true);
