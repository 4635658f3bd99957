# Lexkit heading profile: Kazakh, as in the official texts of Kazakhstan (adilet.zan.kz).
# See russian.profile for the format. Kazakh puts the keyword after the number: "IV бөлім", "1-тарау", "49-бап".
# Num.token() takes the last word of a number, so for sections the number alone ("IV") is the Num and " бөлім"
# is kept at the start of the heading; "49-бап" is one word and stays whole (its id token is "49-бап").
name        kazakh
language    kaz
level       SECTION     heading  next   (?<num>[IVXLC]+|[0-9]+)\s+(?:бөлім|БӨЛІМ)\.?
level       CHAPTER     heading  next   [0-9]+(?:-[0-9]+)*-(?:тарау|ТАРАУ)\.?
level       SUBCHAPTER  heading  next   [0-9]+(?:-[0-9]+)*-(?:параграф|ПАРАГРАФ)\.?
level       ARTICLE     heading  same   [0-9]+(?:-[0-9]+)*-(?:бап|БАП)\.?
level       PARAGRAPH   content  -      [0-9]+(?:-[0-9]+)*\.
level       POINT       item     -      [0-9]+(?:-[0-9]+)*\)
level       POINT       item     -      [а-яәғқңөұүһі](?:-[0-9]+)?\)
note        (?:Ескерту|ЕСКЕРТУ)\.
notelevel   ARTICLE
repealed    (?:[Аа]лып\s+тасталды|[Кк]үші\s+жойылды)
repealednote (?iu)(?:алып\s+тасталды|күші\s+жойылды)
preamble    (?:Біз|БІЗ),
pagenumber  (?:бет)\s*[0-9]{1,4}
defaultact  Заңы
reference   ҚР\s+(?<y>[0-9]{4})\.(?<m>[0-9]{1,2})\.(?<d>[0-9]{1,2})(?:\s*[№N]\s*(?<no>[0-9]+(?:-[\p{L}0-9]+)*))?
source      ҚР {yyyy}.{mm}.{dd}[ № {no}] {act}
words       және мен бойынша үшін туралы осы немесе тиіс болып оның сондай ақ бұл жылғы заңы республикасының
