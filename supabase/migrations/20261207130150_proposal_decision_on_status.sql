-- A decision on an organisation proposal is a change of its status. The check that a proposal is
-- decided once ran on every update, so deleting the account of someone who made or decided one
-- (whose id the foreign key then sets to null) was refused: it runs on a change of status only.
drop trigger organisation_proposal_decided on public.organisation_proposals;

create trigger organisation_proposal_decided
  before update of status on public.organisation_proposals
  for each row execute function private.stamp_proposal_decision();
