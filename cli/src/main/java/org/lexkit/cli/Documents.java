package org.lexkit.cli;

import java.io.IOException;
import java.io.InputStream;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AmendingAct;
import org.lexkit.core.document.LegalDocument;

/**
 * Reads Akoma Ntoso inputs into the model for the commands that work on the model (apply, diff, render), turning
 * the reader's warnings and everything the model leaves out into located warning lines: nothing is dropped
 * silently.
 */
final class Documents {
  private Documents() {}

  /**
   * A value read from one input, with the warning lines it produced.
   *
   * @param value the document or amending act
   * @param warnings lines for standard error
   * @param count how many lines
   */
  record Read<T>(T value, String warnings, int count) {
    Outcome outcome() {
      return Outcome.ok(warnings, count);
    }
  }

  static Read<LegalDocument> document(AknReader reader, Input input, Terminal terminal) throws IOException {
    return document(reader, input, terminal, Warnings.DEFAULT);
  }

  static Read<LegalDocument> document(AknReader reader, Input input, Terminal terminal, Warnings warnings)
      throws IOException {
    try (InputStream in = input.open(terminal)) {
      return warnings.lines(reader.readDocument(in, input.name()));
    }
  }

  static Read<AmendingAct> amendment(AknReader reader, Input input, Terminal terminal) throws IOException {
    return amendment(reader, input, terminal, Warnings.DEFAULT);
  }

  static Read<AmendingAct> amendment(AknReader reader, Input input, Terminal terminal, Warnings warnings)
      throws IOException {
    try (InputStream in = input.open(terminal)) {
      return warnings.lines(reader.readAmendment(in, input.name()));
    }
  }

  /** Reads an amending act against the document it amends, which resolves what the act alone cannot. */
  static Read<AmendingAct> amendment(AknReader reader, Input input, Terminal terminal, Warnings warnings,
      LegalDocument target) throws IOException {
    try (InputStream in = input.open(terminal)) {
      return warnings.lines(reader.readAmendment(in, input.name(), target));
    }
  }
}
