# Lexkit heading profile: Russian, as in the official texts of Kazakhstan (adilet.zan.kz) and Russia.
#
# Format: one directive per line, "<directive> <value...>", '#' starts a comment line. Regular expressions are Java
# syntax, matched against a whole trimmed line from its start (labels) or searched inside a line (the rest).
# A "level" line declares one level of the hierarchy, from the top down:
#   level <KIND> <role> <heading> <label regex>
#   KIND     a ProvisionKind name (SECTION, ARTICLE, PARAGRAPH, POINT, HCONTAINER, ...)
#   role     heading: the rest of the line is the heading          ("Статья 1. Основные понятия")
#            content: the rest of the line is the first text block ("1. Республика Казахстан ...")
#            item:    like content, but text after the item belongs to the enclosing provision (list items)
#   heading  where a heading-role level finds its heading when the label stands alone on its line:
#            next (the next line is the heading), guess (the next line if it looks like one), same (never)
#   label    the number as printed; group "num" marks the part that becomes the Num, default the whole label
# Other directives, all optional:
#   eitherorder <OUTER> <INNER>  two adjacent levels that nest either way; the one the text uses first is outer
#   ordinals <word> <word> ...   ordinal words in order from 1 ("erster zweiter"; "-" skips a place), for numbering
#   words <word> <word> ...      common words of the language, to detect it
#   insertion <regex>            an editor's marker that may stand before a label ("((" in Normattiva)
#   note, notelevel, repealed, repealednote, preamble, pagenumber, act, defaultact, reference, source: see below
name        russian
language    rus
level       SECTION     heading  next   (?:Раздел|РАЗДЕЛ)\s+(?:[IVXLC]+|[0-9]+)\.?
level       SUBSECTION  heading  next   (?:Подраздел|ПОДРАЗДЕЛ)\s+(?:[IVXLC]+|[0-9]+)\.?
level       CHAPTER     heading  next   (?:Глава|ГЛАВА)\s+(?:[IVXLC]+|[0-9]+(?:-[0-9]+)*)\.?
level       SUBCHAPTER  heading  next   (?:Параграф|§)\s*[0-9]+(?:-[0-9]+)*\.?
level       ARTICLE     heading  same   (?:Статья|СТАТЬЯ)\s+[0-9]+(?:[-.][0-9]+)*\.?
level       PARAGRAPH   content  -      [0-9]+(?:-[0-9]+)*\.
level       POINT       item     -      [0-9]+(?:-[0-9]+)*\)
level       POINT       item     -      [а-яё](?:-[0-9]+)?\)
# Amendment footnotes attach to the nearest enclosing provision at this level or above.
note        Сноска\.
notelevel   ARTICLE
# A content-role provision whose whole text starts like this is a repealed placeholder; its text becomes a note.
repealed    (?:[Ии]сключ[её]н|[Уу]тратил\p{L}*\s+силу)
# A provision with no text whose note says this is a repealed placeholder too ("Статья 84 исключена ...").
repealednote (?iu)(?:исключен|утратил\p{L}*\s+силу)
preamble    (?:Мы|МЫ),\s+(?:народ|НАРОД)
pagenumber  (?:[Сс]тр\.?|[Сс]траница)\s*[0-9]{1,4}(?:\s*из\s*[0-9]{1,4})?
# Amending acts named in notes: each reference takes the nearest act name before it (or the default).
act         [Зз]акон\p{L}*\s+(?:РК|Республики\s+Казахстан)  =>  Закон РК
act         [Кк]онституционн\p{L}*\s+[Зз]акон\p{L}*\s+(?:РК|Республики\s+Казахстан)  =>  Конституционный закон РК
act         [Уу]каз\p{L}*\s+Президента\s+(?:РК|Республики\s+Казахстан)  =>  Указ Президента РК
act         [Фф]едеральн\p{L}*\s+[Кк]онституционн\p{L}*\s+закон\p{L}*  =>  Федеральный конституционный закон
act         [Фф]едеральн\p{L}*\s+закон\p{L}*  =>  Федеральный закон
defaultact  Закон РК
reference   от\s+(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})(?:\s*(?:года|г\.))?(?:\s*[№N]\s*(?<no>[0-9]+(?:-[\p{L}0-9]+)*))?
source      {act} от {dd}.{mm}.{yyyy}[ № {no}]
words       и в не на с по что о к для от из или при а также его их быть этой этого настоящего является может статьи закона
