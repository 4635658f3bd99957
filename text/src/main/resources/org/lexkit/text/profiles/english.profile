# Lexkit heading profile: English (statutes, constitutions and their translations).
# See russian.profile for the format. "(i)" after "(h)" is the letter i; after "(a)" inside a point it is Roman.
name        english
language    eng
level       HCONTAINER  heading  guess  (?:Schedule|SCHEDULE)(?:\s+(?:[0-9]+[A-Z]?|[A-Z]))?
level       PART        heading  guess  (?:Part|PART)\s+(?:[0-9]+[A-Z]?|[IVXLC]+|[A-Z])\.?
level       TITLE       heading  guess  (?:Title|TITLE)\s+(?:[0-9]+|[IVXLC]+)\.?
level       CHAPTER     heading  guess  (?:Chapter|CHAPTER)\s+(?:[0-9]+[A-Z]?|[IVXLC]+)\.?
# A section is "Section 5" or, as United Kingdom and Commonwealth acts print it, its number and heading on one line
# ("8 Designated activities", "71K Duty to ..."); a bare number needs text after it, so a lone number stays a page
# number. Statutory instruments run a regulation's number into its first paragraph ("2.—(1) ..."): the converter
# splits such a line, and "2.—" is the section.
level       SECTION     heading  guess  (?:Section|SECTION|Sec\.)\s+(?:[0-9]+[A-Z]{0,2}|[IVXLC]+)\.?|[0-9]{1,3}[A-Z]{0,3}(?=\s+[\p{Lu}\[(“"‘])|[0-9]{1,3}[A-Z]{0,3}\.\s?[—–]
level       ARTICLE     heading  guess  (?:Article|ARTICLE|Art\.)\s+(?:[0-9]+(?:-[0-9]+)*(?:[a-zA-Z]|\s?(?:bis|ter|quater))?|[IVXLC]+)\.?|(?:Amendment|AMENDMENT)\s+(?:[IVXLC]+|[0-9]+)\.?
# The Kazakh constitution's sections hold articles; the United States' articles hold sections: the text decides.
eitherorder SECTION ARTICLE
level       PARAGRAPH   content  -      [0-9]+[a-z]?\.
level       PARAGRAPH   content  -      \([0-9]+[a-z]?\)
level       POINT       item     -      \(?[a-z]\)
level       POINT       item     -      \(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)
# Notes, and the annotations legislation.gov.uk prints after each provision ("Textual Amendments", "F1 Words in ...").
note        (?:Note|NOTE)[.:]|\[(?:Amended|Inserted|Substituted|Repealed|Added)\b|(?:Textual\s+Amendments|Commencement\s+Information|Modifications\s+etc\.\s+\(not\s+altering\s+text\)|Extent\s+Information|Marginal\s+Citations|Editorial\s+Information|Financial\s+Effects)$|[FCIEMX][0-9]{1,4}\s
notelevel   ARTICLE
repealed    (?:\[?Repealed\b|\[?Omitted\b|\[?Deleted\b)
repealednote (?i)\b(?:repealed|omitted|deleted)\b
preamble    (?:We,\s+the\s+[Pp]eople|WE,\s+THE\s+PEOPLE|Whereas\b|WHEREAS\b)
pagenumber  (?:[Pp]age|PAGE|p\.)\s*[0-9]{1,4}(?:\s*of\s*[0-9]{1,4})?
act         \b(?:Act|Law|Decree|Regulation)\b  =>  Act
defaultact  Act
reference   (?:No\.?\s*(?<no>[0-9]+(?:[-/][\p{L}0-9]+)*)\s+)?of\s+(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})
source      {act}[ No. {no}] of {dd}.{mm}.{yyyy}
words       the of and to in a is that for be by or any shall as on with which this under an are not it may such from at have has section person
