# Lexkit heading profile: English (statutes, constitutions and their translations).
# See russian.profile for the format. "(i)" after "(h)" is the letter i; after "(a)" inside a point it is Roman.
name        english
language    eng
level       HCONTAINER  heading  guess  (?:Schedule|SCHEDULE)(?:\s+(?:[0-9]+[A-Z]?|[A-Z]))?
level       PART        heading  guess  (?:Part|PART)\s+(?:[0-9]+[A-Z]?|[IVXLC]+|[A-Z])\.?
level       TITLE       heading  guess  (?:Title|TITLE)\s+(?:[0-9]+|[IVXLC]+)\.?
level       CHAPTER     heading  guess  (?:Chapter|CHAPTER)\s+(?:[0-9]+[A-Z]?|[IVXLC]+)\.?
level       SECTION     heading  guess  (?:Section|SECTION|Sec\.)\s+(?:[0-9]+[A-Z]?|[IVXLC]+)\.?
level       ARTICLE     heading  guess  (?:Article|ARTICLE|Art\.)\s+(?:[0-9]+(?:-[0-9]+)*[a-z]?|[IVXLC]+)\.?
level       PARAGRAPH   content  -      [0-9]+[a-z]?\.
level       PARAGRAPH   content  -      \([0-9]+[a-z]?\)
level       POINT       item     -      \(?[a-z]\)
level       POINT       item     -      \(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)
note        (?:Note|NOTE)[.:]|\[(?:Amended|Inserted|Substituted|Repealed|Added)\b
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
