# Lexkit heading profile: German (Bundesrecht and Landesrecht as gesetze-im-internet.de, Fedlex and RIS print them).
# See russian.profile for the format. Containers are numbered with ordinal words ("Erster Abschnitt"), Arabic or
# Roman numbers ("Abschnitt 2", "IV a. Gemeinsamer Ausschuß"); provisions are "§ 1", "Art 5", "Artikel 12a";
# Absätze are "(1)", Nummern "1." and Buchstaben "a)", "aa)".
name        german
language    deu
ordinals    erster zweiter dritter vierter fünfter sechster siebter achter neunter zehnter elfter zwölfter dreizehnter vierzehnter fünfzehnter
ordinals    erstes zweites drittes viertes fünftes sechstes siebtes achtes neuntes zehntes elftes zwölftes
ordinals    - - - - - - siebenter
level       BOOK        heading  next   (?<num>(?:Erstes|Zweites|Drittes|Viertes|Fünftes|Sechstes|Siebentes|Siebtes|Achtes|Neuntes|Zehntes))\s+Buch|Buch\s+[0-9]+[a-z]?
level       PART        heading  next   (?<num>(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebenter|Siebter|Achter|Neunter|Zehnter|Elfter|Zwölfter))\s+Teil|Teil\s+(?:[0-9]+[a-z]?|[IVXLC]+)\.?
level       CHAPTER     heading  next   (?<num>(?:Erstes|Zweites|Drittes|Viertes|Fünftes|Sechstes|Siebtes|Achtes|Neuntes|Zehntes|Elftes|Zwölftes))\s+Kapitel|Kapitel\s+(?:[0-9]+[a-z]?|[IVXLC]+)\.?
level       SECTION     heading  next   (?<num>(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebenter|Siebter|Achter|Neunter|Zehnter|Elfter|Zwölfter|Dreizehnter|Vierzehnter|Fünfzehnter))\s+Abschnitt|Abschnitt\s+(?:[0-9]+[a-z]?|[IVXLC]+)\.?|[IVXLC]+\s?[a-z]?\.
level       SUBSECTION  heading  next   (?<num>(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebenter|Siebter|Achter|Neunter|Zehnter))\s+Unterabschnitt|Unterabschnitt\s+[0-9]+[a-z]?\.?
level       DIVISION    heading  next   (?<num>(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebenter|Siebter|Achter|Neunter|Zehnter))\s+Titel|Titel\s+[0-9]+[a-z]?\.?
# "Art 74a und 75" is one heading for two numbers: the first is the Num, the rest stays in the heading.
level       ARTICLE     heading  guess  (?<num>(?:§|Art\.?|Artikel)\s*[0-9]+(?:\s?[a-z])?)(?:\s+(?:und|bis|u\.)\s+[0-9]+[a-z]?)?\.?
level       PARAGRAPH   content  -      \([0-9]+[a-z]?\)
level       POINT       item     -      [0-9]+[a-z]?\.
level       POINT       item     -      [a-z]{1,2}\)
repealed    \((?:weggefallen|aufgehoben)\)|(?:weggefallen|aufgehoben)$
repealednote (?i)\b(?:weggefallen|aufgehoben)\b
preamble    (?:Präambel|Eingangsformel)$
pagenumber  (?:Seite|S\.)\s*[0-9]{1,4}(?:\s*(?:von|/)\s*[0-9]{1,4})?
words       der die das und in den von zu mit sich des ist im dem nicht ein eine als auch es an werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum oder aber vor zur bis unter nur
