# Lexkit heading profile: Welsh (Acts of Senedd Cymru and Welsh statutory instruments, legislation.gov.uk).
# See russian.profile for the format. The layout is the United Kingdom's: RHAN (part), PENNOD (chapter), a section
# is its number and heading on one line ("1 Trosolwg"), subsections "(1)", paragraphs "(a)", sub-paragraphs "(i)";
# ATODLEN (schedule).
name        welsh
language    cym
level       HCONTAINER  heading  guess  (?:ATODLEN|Atodlen)(?:\s+(?:[0-9]+[A-Z]?|[A-Z]))?
level       PART        heading  next   (?:RHAN|Rhan)\s+(?:[0-9]+[A-Z]?|[IVXLC]+)\.?
level       CHAPTER     heading  next   (?:PENNOD|Pennod)\s+(?:[0-9]+[A-Z]?|[IVXLC]+)\.?
level       SECTION     heading  same   [0-9]{1,3}[A-Z]{0,2}
level       SUBSECTION  content  -      \([0-9]+[A-Z]?\)
level       PARAGRAPH   item     -      \([a-z]{1,2}\)
level       SUBPARAGRAPH item    -      \((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)
repealed    (?:\[?Diddymwyd\b|\[?Hepgorwyd\b)
repealednote (?iu)\b(?:diddymwyd|hepgorwyd)\b
preamble    (?:Gan\s+ei\s+fod|GAN\s+EI\s+FOD)
pagenumber  (?:[Tt]udalen)\s*[0-9]{1,4}
words       y yr a o i yn ar mae am ei gan neu bod sy ac ond fel hyn dan wedi gyda rhaid adran adrannau deddf cymru gweinidogion
