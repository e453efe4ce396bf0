-- What someone typed, as a query that matches each of its words as the start of a word.
--
-- The first version handed each word back to to_tsquery, which parses it again: a word the parser
-- had kept whole, such as the "4e732c" of "xss-4e732c", came back split into a number and a word
-- ("4e732" <-> "c"), a phrase the text never contains, so the practice it names was not found.
-- Each word now goes into the query as it is, quoted and escaped for tsquery's own syntax.
create or replace function private.practice_query(typed text)
returns tsquery
language sql
immutable
parallel safe
set search_path = ''
as $$
  select string_agg(
    '''' || replace(replace(word.lexeme, '\', '\\'), '''', '''''') || ''':*', ' & '
  )::tsquery
  from unnest(to_tsvector('simple'::regconfig, private.fold(coalesce(typed, '')))) as word;
$$;
