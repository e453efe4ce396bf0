-- Pre-financing comes back to whoever advanced it, once the programme has paid: the funder report
-- says what has been paid back, per year, beside what was advanced. A payment of this kind records
-- money received back, under the same policies as every other payment of a budget.
alter type public.payment_kind add value 'reimbursement';
