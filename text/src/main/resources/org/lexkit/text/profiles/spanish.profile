# Lexkit heading profile: Spanish (Spain's BOE, Latin American official gazettes).
# See russian.profile for the format. Containers: LIBRO, TÍTULO, CAPÍTULO, Sección, numbered in Roman, Arabic or
# ordinal words ("CAPÍTULO PRIMERO", "Sección 1.ª", "TÍTULO PRELIMINAR"); the final provisions (disposiciones
# adicionales, transitorias, derogatoria, finales) are a container of their own, not articles. Articles are
# "Artículo 1", "Artículo 1. Objeto de la ley.", "Art. 5º", "Artículo 1°.-", "Artículo 4 bis"; apartados "1.",
# letras "a)", ordinals "1.ª".
name        spanish
language    spa
ordinals    primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo undécimo duodécimo
ordinals    primera segunda tercera cuarta quinta sexta séptima octava novena décima undécima duodécima
ordinals    primer - tercer
level       HCONTAINER  heading  next   (?:DISPOSICI[OÓ]N(?:ES)?|Disposici[oó]n(?:es)?)\s+(?:ADICIONAL(?:ES)?|TRANSITORIA(?:S)?|DEROGATORIA(?:S)?|FINAL(?:ES)?|[Aa]dicional(?:es)?|[Tt]ransitoria(?:s)?|[Dd]erogatoria(?:s)?|[Ff]inal(?:es)?)(?:\s+(?:[ÚU]NICA|[Úú]nica))?\.?
level       BOOK        heading  next   (?:LIBRO|Libro)\s+(?:[IVXLC]+|[0-9]+|(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa]|preliminar|[uú]nic[oa]))\.?
level       PART        heading  next   (?:PARTE|Parte)\s+(?:[IVXLC]+|[0-9]+|(?i:primera|segunda|tercera|cuarta|quinta|general|especial|preliminar))\.?
level       TITLE       heading  next   (?:T[ÍI]TULO|T[íi]tulo)\s+(?:[IVXLC]+(?:\s+bis)?|[0-9]+|(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa]|preliminar|[uú]nic[oa]))\.?
level       CHAPTER     heading  next   (?:CAP[ÍI]TULO|Cap[íi]tulo)\s+(?:[IVXLC]+(?:\s+bis)?|[0-9]+|(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|d[eé]cim[oa]|und[eé]cim[oa]|duod[eé]cim[oa]|preliminar|[uú]nic[oa]))\.?
level       SECTION     heading  next   (?:SECCI[ÓO]N|Secci[óo]n)\s+(?:[0-9]+\.?[ªºa]?|[IVXLC]+|(?i:primera|segunda|tercera|cuarta|quinta|sexta|s[eé]ptima|octava|novena|d[eé]cima|[uú]nica))\.?
level       SUBSECTION  heading  next   (?:SUBSECCI[ÓO]N|Subsecci[óo]n)\s+(?:[0-9]+\.?[ªºa]?|[IVXLC]+|(?i:primera|segunda|tercera|cuarta|quinta|[uú]nica))\.?
level       ARTICLE     heading  guess  (?:Art[íi]culo|ART[ÍI]CULO|Art\.)\s+(?:[0-9]+(?:[ -]?(?:bis|ter|quater|quinquies|sexies|septies|[A-Z]))?(?:\.?[ºo°])?|[ÚU]nico|[Úú]nico)\.?(?:\s?[-–—])?
level       PARAGRAPH   content  -      [0-9]+\.
level       POINT       item     -      [a-zñ]\)
level       POINT       item     -      [0-9]+\.?[ªº]
repealed    \(?(?:Derogad[oa]|Suprimid[oa]|Sin\s+contenido)\b
repealednote (?iu)\b(?:derogad[oa]|suprimid[oa]|sin\s+contenido)\b
preamble    (?:PRE[ÁA]MBULO|Pre[áa]mbulo)$
pagenumber  (?:P[áa]gina|P[áa]g\.)\s*[0-9]{1,4}(?:\s*de\s*[0-9]{1,4})?
words       de la que el en y a los se del las un por con no una su para es al lo como más o pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también fue había
