package org.lexkit.consumer;

import java.io.IOException;
import java.nio.file.Path;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;

/** What a user writes first: read a constitution, amend it, write the amended version. */
public final class ReadAmendWrite {
  private ReadAmendWrite() {}

  /** The right the amendment changes. */
  public static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");

  /**
   * Reads {@code in}, adds "protection of the constitutional order" to the grounds on which peaceful assembly may be
   * restricted, and writes the result to {@code out}.
   *
   * @return the document as read (the amendment leaves it untouched)
   */
  public static LegalDocument run(Path in, Path out) throws IOException {
    LegalDocument original = AknReader.create().readDocument(in).value();
    ProvisionId art32 = ProvisionId.parse("sec_ii__art_32");
    Amendment amendment = Amendment.of(AmendmentId.parse("kz-2026-proposal"), "Assembly grounds",
        AddRestrictionGround.of(ASSEMBLY,
            RestrictionGround.of("защиты основ конституционного строя", art32, CanonicalGround.CONSTITUTIONAL_ORDER)));
    LegalDocument amended = amendment.applyOrThrow(original);
    AknWriter.create().write(amended, out);
    return original;
  }
}
