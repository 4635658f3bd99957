package org.lexkit.rights.extraction;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads references to articles and their paragraphs in running text: «статьями 11, 13–15, пунктом 1 статьи 16»,
 * "Articles 11; 13-15, paragraph 1 of Article 16".
 *
 * <p>A range with an en or em dash (13–15) always means every article between; with a hyphen (13-15) only when the
 * second number is greater, because Kazakh texts number inserted articles with a hyphen ("83-1", "94-2").
 */
final class References {
  /** An article, optionally narrowed to one of its paragraphs, by their printed numbers. */
  record Reference(String article, Optional<String> paragraph) {
    @Override
    public String toString() {
      return paragraph.map(p -> article + "." + p).orElse(article);
    }
  }

  private static final Pattern TOKEN = Pattern.compile(
      "(?<range>\\d+\\s*[–—]\\s*\\d+)|(?<number>\\d+(?:-\\d+)?)|(?<word>[\\p{L}]+\\.?)|(?<sep>[,;])",
      Pattern.UNICODE_CASE);
  private static final int MAX_RANGE = 200;

  private final Pattern articleWord;
  private final Pattern paragraphWord;
  private final Pattern joiner;

  References(LanguageRules rules) {
    this.articleWord = rules.pattern("article-word");
    this.paragraphWord = rules.pattern("paragraph-word");
    this.joiner = Pattern.compile("и|and|of", DataTable.FLAGS);
  }

  private record Token(String kind, String text) {}

  /** Returns the references in {@code text}, in order, without repeats. */
  ImmutableList<Reference> parse(String text) {
    List<Token> tokens = tokens(text);
    Set<Reference> refs = new LinkedHashSet<>();
    boolean articleList = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (isWord(token, paragraphWord)) {
        List<String> paragraphs = new ArrayList<>();
        int j = i + 1;
        while (j < tokens.size() && (isNumber(tokens.get(j)) || isJoiner(tokens.get(j)))) {
          if (isNumber(tokens.get(j))) {
            paragraphs.addAll(numbers(tokens.get(j)));
          }
          j++;
        }
        if (j < tokens.size() && isWord(tokens.get(j), articleWord) && j + 1 < tokens.size()
            && tokens.get(j + 1).kind().equals("number")) {
          String article = tokens.get(j + 1).text();
          paragraphs.forEach(p -> refs.add(new Reference(article, Optional.of(p))));
          i = j + 1;
        } else {
          i = j - 1;
        }
        articleList = false;
      } else if (isWord(token, articleWord)) {
        articleList = true;
      } else if (isNumber(token) && articleList) {
        numbers(token).forEach(n -> refs.add(new Reference(n, Optional.empty())));
      } else if (token.kind().equals("sep") || isJoiner(token)) {
        continue;
      } else {
        articleList = false;
      }
    }
    return ImmutableList.copyOf(refs);
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      for (String kind : new String[] {"range", "number", "word", "sep"}) {
        if (m.group(kind) != null) {
          tokens.add(new Token(kind, m.group(kind)));
          break;
        }
      }
    }
    return tokens;
  }

  private static boolean isWord(Token token, Pattern words) {
    return token.kind().equals("word") && words.matcher(token.text()).matches();
  }

  private static boolean isNumber(Token token) {
    return token.kind().equals("range") || token.kind().equals("number");
  }

  private boolean isJoiner(Token token) {
    return token.kind().equals("word") && joiner.matcher(token.text()).matches();
  }

  private static List<String> numbers(Token token) {
    String[] bounds = token.text().split("\\s*[–—-]\\s*");
    if (bounds.length == 2) {
      int from = Integer.parseInt(bounds[0]);
      int to = Integer.parseInt(bounds[1]);
      boolean dash = token.kind().equals("range");
      if ((dash || to > from) && to >= from && to - from <= MAX_RANGE) {
        List<String> all = new ArrayList<>();
        for (int n = from; n <= to; n++) {
          all.add(Integer.toString(n));
        }
        return all;
      }
      return List.of(token.text());
    }
    return List.of(token.text());
  }
}
