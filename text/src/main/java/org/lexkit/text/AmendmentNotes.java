package org.lexkit.text;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.document.LifecycleEvent;

/**
 * Reads the amending acts that notes name («Сноска. Статья 2 с изменениями, внесенными законами РК от 21.05.2007
 * № 254-III (...); от 10.03.2017 № 51-VI (...)») and turns them into amendment life-cycle events, deduplicated and
 * in date order.
 *
 * <p>Each reference (date and optional number, as the profile's {@code reference} pattern finds them) takes the
 * nearest act name before it in the same note ("законами РК" gives "Закон РК"). A note whose words were scrambled
 * by PDF extraction ("в редакции РК от 08.06.2022 (вводится в Закона действие ...)") may name the act after the
 * reference or not at all: then the first act named anywhere in the note, or the profile's default act, is used,
 * with a warning. A reference without a number on a date for which exactly one numbered act of the same name is
 * known is taken to be that act, with a warning, because that is what scrambled extractions produce.
 */
final class AmendmentNotes {
  private AmendmentNotes() {}

  private record Ref(LocalDate date, String act, @Nullable String no, int line, int column) {}

  private record Key(LocalDate date, String act, @Nullable String no) {}

  static ImmutableList<LifecycleEvent> events(
      HeadingProfile profile, List<TreeBuilder.Block> notes, List<TextWarning> warnings) {
    Pattern reference = profile.reference();
    if (reference == null) {
      return ImmutableList.of();
    }
    List<Ref> refs = new ArrayList<>();
    for (TreeBuilder.Block note : notes) {
      collect(profile, reference, note, refs, warnings);
    }
    Map<Key, Ref> unique = new LinkedHashMap<>();
    for (Ref ref : refs) {
      unique.putIfAbsent(new Key(ref.date(), ref.act(), ref.no()), ref);
    }
    Map<Key, List<Key>> numberedByDay = new HashMap<>();
    for (Key key : unique.keySet()) {
      if (key.no() != null) {
        numberedByDay.computeIfAbsent(new Key(key.date(), key.act(), null), k -> new ArrayList<>()).add(key);
      }
    }
    List<LifecycleEvent> events = new ArrayList<>();
    for (Map.Entry<Key, Ref> entry : unique.entrySet()) {
      Key key = entry.getKey();
      Ref ref = entry.getValue();
      if (key.no() == null) {
        List<Key> numbered = numberedByDay.get(key);
        if (numbered != null && numbered.size() == 1) {
          Key merged = numbered.get(0);
          warnings.add(TextWarning.of(ref.line(), ref.column(), "a reference to " + source(profile, key)
              + " without a number is taken to be " + source(profile, merged)));
          continue;
        }
      }
      events.add(LifecycleEvent.of(key.date(), LifecycleEvent.Type.AMENDMENT, source(profile, key)));
    }
    events.sort(Comparator.comparing(LifecycleEvent::date)
        .thenComparing(e -> e.source().orElse("")));
    return ImmutableList.copyOf(events);
  }

  private static void collect(HeadingProfile profile, Pattern reference, TreeBuilder.Block note, List<Ref> refs,
      List<TextWarning> warnings) {
    String text = note.toString();
    Matcher m = reference.matcher(text);
    List<int[]> actPositions = null;
    List<String> actNames = null;
    boolean warned = false;
    while (m.find()) {
      if (actPositions == null) {
        actPositions = new ArrayList<>();
        actNames = new ArrayList<>();
        Pattern names = profile.actNames();
        if (names != null) {
          Matcher a = names.matcher(text);
          ImmutableList<HeadingProfile.ActName> acts = profile.acts();
          while (a.find()) {
            for (int k = 0; k < acts.size(); k++) {
              if (a.start("a" + k) >= 0) {
                actPositions.add(new int[] {a.start(), actNames.size()});
                actNames.add(acts.get(k).canonical());
                break;
              }
            }
          }
        }
      }
      String act = null;
      for (int[] position : actPositions) {
        if (position[0] < m.start()) {
          act = actNames.get(position[1]);
        }
      }
      if (act == null) {
        if (!actPositions.isEmpty()) {
          act = actNames.get(actPositions.get(0)[1]);
        } else {
          act = profile.defaultAct().orElse(null);
        }
        if (act == null) {
          continue;
        }
        if (!profile.acts().isEmpty() && !warned) {
          warned = true;
          warnings.add(TextWarning.of(note.line, note.column, "the note does not name the act before '"
              + m.group().strip() + "'; assumed " + act));
        }
      }
      LocalDate date;
      try {
        date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
            Integer.parseInt(m.group("d")));
      } catch (DateTimeException | NumberFormatException e) {
        warnings.add(TextWarning.of(note.line, note.column, "'" + m.group().strip() + "' is not a valid date; "
            + "no life-cycle event made for it"));
        continue;
      }
      String no = profile.referenceHasNumber() ? m.group("no") : null;
      refs.add(new Ref(date, act, no, note.line, note.column));
    }
  }

  private static String source(HeadingProfile profile, Key key) {
    LocalDate d = key.date();
    return profile.source(key.act(), d.getDayOfMonth(), d.getMonthValue(), d.getYear(), key.no());
  }
}
