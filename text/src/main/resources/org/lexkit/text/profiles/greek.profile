# Lexkit heading profile: Greek (ΦΕΚ, the Constitution of Greece, Cyprus).
# See russian.profile for the format. Containers: ΜΕΡΟΣ, ΤΜΗΜΑ, ΚΕΦΑΛΑΙΟ with Greek-letter numerals ("Α΄", "ΙΒ΄"),
# Arabic or Roman numbers; articles "Άρθρο 1" with the heading on the same or the next line; paragraphs "1.";
# points "α)", "α.", "1)".
name        greek
language    ell
level       PART        heading  next   (?:ΜΕΡΟΣ|Μέρος)\s+(?:[Α-Ω]{1,3}[΄'ʹ]?|[0-9]+|[IVXLC]+)\.?
level       SECTION     heading  next   (?:ΤΜΗΜΑ|Τμήμα)\s+(?:[Α-Ω]{1,3}[΄'ʹ]?|[0-9]+|[IVXLC]+)\.?
level       CHAPTER     heading  next   (?:ΚΕΦΑΛΑΙΟ|Κεφάλαιο)\s+(?:[Α-Ω]{1,3}[΄'ʹ]?|[0-9]+|[IVXLC]+)\.?
level       ARTICLE     heading  guess  (?:Άρθρο|ΑΡΘΡΟ|ΆΡΘΡΟ|Αρθρο|Άρθ\.)\s+[0-9]+(?:[Α-Ωα-ω]|\s?(?:bis|ter|[Α-Ω]))?\.?
level       PARAGRAPH   content  -      [0-9]+\.
level       POINT       item     -      [α-ω]{1,2}[΄']?[\).]
level       POINT       item     -      [0-9]+\)
repealed    \(?(?:[Κκ]αταργ\p{L}*)
repealednote (?iu)καταργ
preamble    (?:Στο\s+όνομα|ΣΤΟ\s+ΟΝΟΜΑ)
pagenumber  (?:[Σσ]ελ\.?|[Σσ]ελίδα)\s*[0-9]{1,4}
words       και το του της την η ο να σε των με για που τα από στην στο είναι δεν οι τις ή στα κατά όπως αυτό μπορεί ως
