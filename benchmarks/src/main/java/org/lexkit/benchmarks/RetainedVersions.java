package org.lexkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the heap that 1,000 successive versions of a 20,000-provision document retain, against one version.
 * Each version amends a different paragraph. Sizes come from JOL's object-graph walk ({@link GraphLayout}), which
 * counts every reachable object once, so shared subtrees are counted once — exactly the retained-heap question.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.RetainedVersions [provisions]
 * [versions]}.
 */
public final class RetainedVersions {
  private RetainedVersions() {}

  /** Prints one version's size, all versions' size and their ratio. */
  public static void main(String[] args) {
    int provisions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int versions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    LegalDocument first = GeneratedDocuments.withProvisions(provisions);
    List<ProvisionId> paragraphs = first.provisions().keySet().stream()
        .filter(id -> id.lastSegment().startsWith("para_"))
        .toList();
    List<LegalDocument> history = new ArrayList<>(versions);
    LegalDocument current = first;
    history.add(current);
    for (int v = 1; v < versions; v++) {
      ProvisionId target = paragraphs.get((v * 7919) % paragraphs.size());
      String old = current.provision(target).orElseThrow().content().get(0).plain();
      current = SubstituteText.of(target, old, "Version " + v + " of this paragraph.").applyTo(current);
      history.add(current);
    }
    long one = GraphLayout.parseInstance(first).totalSize();
    long all = GraphLayout.parseInstance(history.toArray()).totalSize();
    System.out.printf(Locale.ROOT, "provisions=%d versions=%d one=%d bytes all=%d bytes ratio=%.3f%n",
        first.provisions().size(), versions, one, all, (double) all / one);
  }
}
