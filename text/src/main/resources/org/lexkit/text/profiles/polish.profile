# Lexkit heading profile: Polish (Dziennik Ustaw, ISAP texts).
# See russian.profile for the format. Containers: CZĘŚĆ, KSIĘGA, TYTUŁ, DZIAŁ, Rozdział, Oddział with Roman or
# Arabic numbers, the title on the next line; articles "Art. 4." or "Art. 4a." with the text on the next line (no
# headings); ustępy "1."; punkty "1)"; litery "a)"; tirets "–".
name        polish
language    pol
level       PART        heading  next   (?:CZ[ĘE][ŚS][ĆC]|Cz[ęe][śs][ćc])\s+(?:[IVXLC]+|[0-9]+|(?i:og[óo]lna|szczeg[óo]lna|wojskowa))\.?
level       BOOK        heading  next   (?:KSI[ĘE]GA|Ksi[ęe]ga)\s+(?:[IVXLC]+|[0-9]+|(?i:pierwsza|druga|trzecia|czwarta|pi[ąa]ta))\.?
level       TITLE       heading  next   (?:TYTU[ŁL]|Tytu[łl])\s+(?:[IVXLC]+[a-z]?|[0-9]+[a-z]?)\.?
level       DIVISION    heading  next   (?:DZIA[ŁL]|Dzia[łl])\s+(?:[IVXLC]+[a-z]?|[0-9]+[a-z]?)\.?
level       CHAPTER     heading  next   (?:ROZDZIA[ŁL]|Rozdzia[łl])\s+(?:[IVXLC]+[a-z]?|[0-9]+[a-z]?)\.?
level       SECTION     heading  next   (?:ODDZIA[ŁL]|Oddzia[łl])\s+(?:[IVXLC]+[a-z]?|[0-9]+[a-z]?)\.?
level       ARTICLE     heading  same   (?:Art\.|Artyku[łl])\s*[0-9]+[a-z]*\.?
level       PARAGRAPH   content  -      [0-9]+[a-z]*\.
level       POINT       item     -      [0-9]+[a-z]*\)
level       POINT       item     -      [a-z]{1,2}\)
repealed    \(?(?:uchylony|uchylona|uchylone|skre[śs]lony)\)?\.?(?:\s|$)
repealednote (?iu)\b(?:uchylon|skre[śs]lon)
preamble    (?:W\s+trosce|PREAMBU[ŁL]A|Preambu[łl]a$)
pagenumber  (?:[Ss]tr\.|[Ss]trona)\s*[0-9]{1,4}(?:\s*z\s*[0-9]{1,4})?
words       i w z na się do nie że o jest to jak przez oraz lub od po dla ich jego są może albo za przy ust pkt art ze tym który która które
