# Lexkit heading profile: French (Légifrance codes and lois, Belgian, Swiss and Luxembourg texts, OHADA).
# See russian.profile for the format. Containers: Livre, Titre, Chapitre, Section, Sous-section, Paragraphe,
# numbered "Ier", "II", "1er", "préliminaire", with suffixes ("Titre Ier bis"). Articles: "Article 1er",
# "Article 16-1-1", "Article L. 111-2", "Art. 4 bis"; alinéas are unnumbered; points "1°", "a)"; Roman
# paragraphs "I. -".
name        french
language    fra
ordinals    premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième
ordinals    première second seconde
level       BOOK        heading  next   (?:LIVRE|Livre)\s+(?:[IVXLC]+(?:er|re)?|[0-9]+(?:er|re)?|(?i:pr[ée]liminaire|premier|unique))(?:\s+(?:bis|ter|quater))?\.?
level       PART        heading  next   (?:PARTIE|Partie)\s+(?:[IVXLC]+|[0-9]+|(?i:l[ée]gislative|r[ée]glementaire|pr[ée]liminaire))\.?
level       TITLE       heading  next   (?:TITRE|Titre)\s+(?:[IVXLC]+(?:er|re)?|[0-9]+(?:er|re)?|(?i:pr[ée]liminaire|premier|unique))(?:\s+(?:bis|ter|quater|quinquies))?\.?
level       CHAPTER     heading  next   (?:CHAPITRE|Chapitre)\s+(?:[IVXLC]+(?:er|re)?|[0-9]+(?:er|re)?|(?i:pr[ée]liminaire|premier|unique))(?:\s+(?:bis|ter|quater|quinquies))?\.?
level       SECTION     heading  next   (?:SECTION|Section)\s+(?:[IVXLC]+|[0-9]+(?:er|re)?|(?i:premi[eè]re|unique))(?:\s+(?:bis|ter|quater))?\.?
level       SUBSECTION  heading  next   (?:SOUS-SECTION|Sous-section)\s+(?:[IVXLC]+|[0-9]+(?:er|re)?|(?i:premi[eè]re|unique))\.?
level       DIVISION    heading  next   (?:PARAGRAPHE|Paragraphe)\s+(?:[IVXLC]+|[0-9]+(?:er|re)?|(?i:premier|unique))\.?
level       ARTICLE     heading  guess  (?:Article|ARTICLE|Art\.)\s+(?:(?:[LROAD]|LO)\.?\s?\*?)?[0-9]+(?:er|re)?(?:-[0-9]+)*(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|A|B|C))?(?:\s+(?:premier|unique))?\.?(?:\s?[-–—])?|(?:Article|ARTICLE)\s+(?:premier|PREMIER|unique|UNIQUE)\.?
level       PARAGRAPH   content  -      [IVX]+\.(?:\s?[-–—])?
level       POINT       item     -      [0-9]+°(?:\s?(?:bis|ter|quater))?
level       POINT       item     -      [a-z]\)
repealed    \(?(?:Abrog[ée]e?|Supprim[ée]e?)\)?\.?(?:\s|$)
repealednote (?iu)\b(?:abrog[ée]|supprim[ée])
preamble    (?:PR[ÉE]AMBULE|Pr[ée]ambule)$
pagenumber  (?:[Pp]age|p\.)\s*[0-9]{1,4}(?:\s*(?:sur|/)\s*[0-9]{1,4})?
words       de la le et les des à l en du un une est que qui dans par pour au sur ne pas il se ou son sa ses aux peut être sont cette ce elle leur
