# Lexkit heading profile: Italian (Normattiva, Gazzetta Ufficiale, Swiss Italian texts).
# See russian.profile for the format. Containers: Libro, Parte, Titolo, Capo, Sezione, numbered in Roman or Arabic;
# articles "Art. 3-bis." with the rubrica on the next line; commi "1.", "01.", "1-bis."; lettere "a)", "i-bis)",
# "0a)"; numeri "1)"; notes "AGGIORNAMENTO (29)" and "((...))" amendment markers as Normattiva prints them.
name        italian
language    ita
ordinals    primo secondo terzo quarto quinto sesto settimo ottavo nono decimo
ordinals    prima seconda terza quarta quinta sesta settima ottava nona decima
level       BOOK        heading  next   (?:LIBRO|Libro)\s+(?:[IVXLC]+|[0-9]+|(?i:primo|secondo|terzo|quarto|quinto|sesto))\.?
level       PART        heading  next   (?:PARTE|Parte)\s+(?:[IVXLC]+|[0-9]+|(?i:prima|seconda|terza|quarta|generale|speciale))\.?
level       TITLE       heading  next   (?:TITOLO|Titolo)\s+(?:[IVXLC]+(?:-?(?:bis|ter|quater))?|[0-9]+|(?i:preliminare|unico))\.?
level       CHAPTER     heading  next   (?:CAPO|Capo)\s+(?:[IVXLC]+(?:-?(?:bis|ter|quater))?|[0-9]+|(?i:unico))\.?
level       SECTION     heading  next   (?:SEZIONE|Sezione)\s+(?:[IVXLC]+(?:-?(?:bis|ter|quater))?|[0-9]+|(?i:unica))\.?
level       ARTICLE     heading  guess  (?:Art\.|Articolo|ARTICOLO|ART\.)\s*(?:[0-9]+(?:[- ]?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|undecies|duodecies|terdecies|quaterdecies))?|unico|UNICO)\.?
level       PARAGRAPH   content  -      0?[0-9]+(?:-(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|undecies|duodecies|terdecies|quaterdecies))?\.
level       POINT       item     -      0?[a-z]{1,2}(?:-(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies))?\)
level       POINT       item     -      [0-9]+(?:-(?:bis|ter|quater|quinquies|sexies))?\)
# Normattiva prints "((" before inserted or replaced text, also before a comma's number: "((01. Chiunque ...".
insertion   \(\(
note        AGGIORNAMENTO\s*\([0-9]+\)|-{6,}$
notelevel   ARTICLE
repealed    \(\((?:COMMA|ARTICOLO|LETTERA|NUMERO|CAPO|PERIODO)\s+(?:ABROGAT|SOPPRESS)|(?:abrogat[oa]|soppress[oa])\.?$
repealednote (?iu)\b(?:abrogat|soppress)
preamble    IL\s+PRESIDENTE\s+DELLA\s+REPUBBLICA|Visti?\b
pagenumber  (?:[Pp]agina|[Pp]ag\.)\s*[0-9]{1,4}(?:\s*di\s*[0-9]{1,4})?
words       di e il la che a in per del un non è della le al con da dei una si i gli sono alla o nel ai più delle lo nella sul anche dal ha come se dalla sua cui
