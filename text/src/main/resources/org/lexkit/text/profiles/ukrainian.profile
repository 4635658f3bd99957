# Lexkit heading profile: Ukrainian (zakon.rada.gov.ua texts).
# See russian.profile for the format. Containers: Розділ with Roman or Arabic numbers (title on the next line),
# Глава, Підрозділ; articles "Стаття 148-1." with the heading on the same line; частини "1." (unnumbered in the
# Constitution); пункти "1)", "12-1)"; підпункти "а)"; amendment and interpretation notes in braces "{...}".
name        ukrainian
language    ukr
level       BOOK        heading  next   (?:КНИГА|Книга)\s+(?:[IVXLC]+|[0-9]+|(?iu:перша|друга|третя|четверта|п'ята|п’ята|шоста))\.?
level       SECTION     heading  next   (?:РОЗДІЛ|Розділ)\s+(?:[IVXLC]+(?:-[0-9]+)?|[0-9]+(?:-[0-9]+)*)\.?
level       SUBSECTION  heading  next   (?:ПІДРОЗДІЛ|Підрозділ)\s+(?:[IVXLC]+|[0-9]+(?:-[0-9]+)*)\.?
level       CHAPTER     heading  next   (?:ГЛАВА|Глава)\s+(?:[IVXLC]+|[0-9]+(?:-[0-9]+)*)\.?
level       SUBCHAPTER  heading  next   (?:§|Параграф)\s*[0-9]+(?:-[0-9]+)*\.?
level       ARTICLE     heading  same   (?:Стаття|СТАТТЯ)\s+[0-9]+(?:-[0-9]+)*\.?
level       PARAGRAPH   content  -      [0-9]+(?:-[0-9]+)*\.
level       POINT       item     -      [0-9]+(?:-[0-9]+)*\)
level       POINT       item     -      [а-яєіїґ](?:-[0-9]+)?\)
note        \{
notelevel   ARTICLE
repealed    (?:[Вв]иключен\p{L}*|[Вв]трати\p{L}*\s+чинн)
repealednote (?iu)(?:виключен|втрати\p{L}*\s+чинн)
preamble    (?:Верховна\s+Рада|ВЕРХОВНА\s+РАДА|Ми,\s+народ|Український\s+народ)
pagenumber  (?:[Сс]тор\.?|[Сс]торінка)\s*[0-9]{1,4}(?:\s*з\s*[0-9]{1,4})?
words       і та в у на з що не до за від є або які який яка України про його її це як також бути має може
