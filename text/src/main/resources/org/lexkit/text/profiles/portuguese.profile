# Lexkit heading profile: Portuguese (Brazil's Planalto texts, Portugal's Diário da República, Lusophone Africa).
# See russian.profile for the format. Containers: LIVRO, PARTE, TÍTULO, CAPÍTULO, Seção/Secção, Subseção, in Roman
# numbers or ordinal words. Articles: Brazil "Art. 5º" with the caput on the same line, Portugal "Artigo 1.º" with
# the epígrafe on the next; parágrafos "§ 1º", "Parágrafo único."; incisos "I -"; alíneas "a)"; Portuguese
# números "1 -" and alíneas "a)".
name        portuguese
language    por
ordinals    primeiro segundo terceiro quarto quinto sexto sétimo oitavo nono décimo
ordinals    primeira segunda terceira quarta quinta sexta sétima oitava nona décima
level       BOOK        heading  next   (?:LIVRO|Livro)\s+(?:[IVXLC]+|[0-9]+|(?i:[úu]nico|primeiro|segundo|terceiro))\.?
level       PART        heading  next   (?:PARTE|Parte)\s+(?:[IVXLC]+|[0-9]+|(?i:geral|especial|primeira|segunda|terceira))\.?
level       TITLE       heading  next   (?:T[ÍI]TULO|T[íi]tulo)\s+(?:[IVXLC]+(?:-[A-Z])?|[0-9]+|(?i:[úu]nico|preliminar))\.?
level       CHAPTER     heading  next   (?:CAP[ÍI]TULO|Cap[íi]tulo)\s+(?:[IVXLC]+(?:-[A-Z])?|[0-9]+|(?i:[úu]nico|preliminar))\.?
level       SECTION     heading  next   (?:SE[ÇC]{1,2}[ÃA]O|Se[çc]{1,2}[ãa]o)\s+(?:[IVXLC]+(?:-[A-Z])?|[0-9]+|(?i:[úu]nica))\.?
level       SUBSECTION  heading  next   (?:SUBSE[ÇC]{1,2}[ÃA]O|Subse[çc]{1,2}[ãa]o)\s+(?:[IVXLC]+(?:-[A-Z])?|[0-9]+|(?i:[úu]nica))\.?
level       ARTICLE     heading  guess  (?:Art\.|Artigo|ARTIGO|ART\.)\s*[0-9]+(?:\.?[ºo°])?(?:-[A-Z])?\.?(?:\s?[-–—])?
level       PARAGRAPH   content  -      §\s*[0-9]+(?:\.?[ºo°])?(?:-[A-Z])?\.?|Par[áa]grafo\s+[úu]nico\.?(?:\s?[-–—])?|PAR[ÁA]GRAFO\s+[ÚU]NICO\.?
level       PARAGRAPH   content  -      (?<num>[0-9]+)\s[-–—]
level       POINT       item     -      (?<num>[IVXLC]+(?:-[A-Z])?)\s?[-–—]
level       POINT       item     -      [a-z]\)
repealed    \(?(?:Revogad[oa]|Suprimid[oa]|Vetad[oa])\b
repealednote (?iu)\b(?:revogad[oa]|suprimid[oa]|vetad[oa])\b
preamble    (?:PRE[ÂA]MBULO|Pre[âa]mbulo)$|N[óo]s,\s+representantes
pagenumber  (?:P[áa]gina|P[áa]g\.)\s*[0-9]{1,4}(?:\s*de\s*[0-9]{1,4})?
words       de a o que e do da em um para é com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando muito nos já também só pelo pela até isso
