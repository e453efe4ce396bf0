-- The parts of "My work" return a handful of rows (what one person reviews, submitted or must
-- decide), not the 1,000 the planner guesses for a function: with that guess it read every working
-- copy and history entry of every practice to join them, where a few index lookups do.
alter function private.texts_awaiting_my_review() rows 10;
alter function private.proposals_awaiting_my_decision() rows 10;
alter function private.my_submitted_texts() rows 10;
