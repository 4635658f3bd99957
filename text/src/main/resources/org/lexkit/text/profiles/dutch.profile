# Lexkit heading profile: Dutch (wetten.overheid.nl, the Belgian Staatsblad, Suriname).
# See russian.profile for the format. Containers: Boek, Deel, Titel, Hoofdstuk, Afdeling, Paragraaf, numbered
# "1", "1A", "2.3", "IV"; articles "Artikel 1", "Artikel 1a", "Artikel 3:15", "Art. 12" with the heading on the
# same line; leden "1."; onderdelen "a.", "a)", "1°".
name        dutch
language    nld
level       BOOK        heading  next   (?:BOEK|Boek)\s+(?:[0-9]+[A-Za-z]?|[IVXLC]+)\.?
level       PART        heading  next   (?:DEEL|Deel)\s+(?:[0-9]+[A-Za-z]?|[IVXLC]+)\.?
level       TITLE       heading  next   (?:TITEL|Titel)\s+(?:[0-9]+[A-Za-z]?(?:\.[0-9]+)*|[IVXLC]+)\.?
level       CHAPTER     heading  next   (?:HOOFDSTUK|Hoofdstuk)\s+(?:[0-9]+[A-Za-z]?(?:\.[0-9]+)*|[IVXLC]+)\.?
level       SECTION     heading  next   (?:AFDELING|Afdeling)\s+(?:[0-9]+[A-Za-z]?(?:\.[0-9]+)*|[IVXLC]+)\.?
level       SUBSECTION  heading  next   (?:§|PARAGRAAF|Paragraaf)\s*(?:[0-9]+[A-Za-z]?(?:\.[0-9]+)*)\.?
level       ARTICLE     heading  guess  (?:Artikel|ARTIKEL|Art\.)\s+(?:[0-9]+[a-z]{0,2}(?:[.:][0-9]+[a-z]{0,2})*|[IVXLC]+[a-z]?)\.?
level       PARAGRAPH   content  -      [0-9]+[a-z]?\.
level       POINT       item     -      [a-z]{1,2}[\.)]
level       POINT       item     -      [0-9]+°
repealed    \[?(?:Vervallen|Vervalt)\b
repealednote (?iu)\bvervall?en\b
preamble    (?:Wij\s+|Alzo\s+|Allen,\s+die)
pagenumber  (?:[Pp]agina|[Bb]lz\.)\s*[0-9]{1,4}(?:\s*van\s*[0-9]{1,4})?
words       de het een van en in is dat op te zijn voor met die niet aan er door wordt worden als bij of om ook tot uit kan naar deze dit hun wet
