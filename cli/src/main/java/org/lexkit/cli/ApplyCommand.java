package org.lexkit.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.AknIri;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.akn.AmendingAct;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentProblem;
import org.lexkit.core.amendment.AmendmentResult;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lexkit apply}: applies amending acts (as {@code AknWriter} writes them) to a document and writes the
 * amended version: its version date is the amendment's (in force, else adopted), a life-cycle event cites the act,
 * and passive modifications point at the act's modifications. Amendments apply all or nothing: a conflict is
 * reported with the operation, the provision's eId and what was expected and found, and no output is written.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Apply amending acts to an Akoma Ntoso document and write the amended version, with a life-cycle event"
          + " citing each act and passive modifications pointing at the last act's modifications.",
      "Several acts (or a directory of them, in file-name order) apply one after the other. All or nothing: on a"
          + " conflict (a provision that does not exist, text that is not what the act expects) the conflict is"
          + " printed with the operation and the provision's eId, the exit code is 1 and no output is written."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit apply kz-1995.xml amendment-2026.xml -o kz-2026.xml",
      "  lexkit apply kz-1995.xml amendments/ -o kz-current.xml   # in name order",
    })
final class ApplyCommand extends LexkitCommand {
  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document to amend ('-' for standard input).")
  String document = "";

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "AMENDMENT",
      description = "Amending acts: files, directories (every *.xml below them, in name order) or globs.")
  List<String> amendments = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
      description = "The amended document (default: standard output). Never the input.")
  @Nullable String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable ValidationOptions validation;

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  int execute() {
    ImmutableList<Input> documents = Inputs.expand(List.of(document), ".xml");
    if (documents.size() != 1) {
      throw new UsageException("apply amends one document; " + document + " names " + documents.size());
    }
    // An act named twice would be applied twice (or, before, silently once): refused, as is the document named
    // as an act.
    ImmutableList<Input> acts = Inputs.expand(amendments, ".xml", true);
    Optional<Object> documentIdentity = documents.get(0).identity();
    for (Input act : acts) {
      if (documentIdentity.isPresent() && act.identity().equals(documentIdentity)) {
        throw new UsageException(act.name() + " is named twice (also as the document " + documents.get(0).name()
            + "); give each input once");
      }
    }
    ImmutableList<Input> inputs = ImmutableList.<Input>builder().addAll(documents).addAll(acts).build();
    if (inputs.stream().filter(Input::isStdin).count() > 1) {
      throw new UsageException("standard input ('-') can be read only once");
    }
    // Every output is checked against every input, the acts included, in the file and the directory form alike.
    Targets targets = targets(documents, output, UnaryOperator.identity(), inputs);
    ValidationMode mode = ValidationOptions.mode(validation, ValidationMode.STRICT);
    // Unvalidated, documents in another AKN namespace (LegalDocML.de, OASIS drafts) are read as AKN 3.0.
    AknReader reader = AknReader.create().withValidation(mode).withNamespaceMigration(mode == ValidationMode.NONE);

    // The document first: each act is read against it, since real acts name places the act alone cannot resolve
    // (LegalDocML.de positions, sentences). Then the acts, in parallel; apply in order only if every one was read.
    LegalDocument[] original = new LegalDocument[1];
    AmendingAct[] read = new AmendingAct[acts.size()];
    int exit = new Batch(terminal(), batch, "apply", "read").run(documents, (input, index) -> {
      Documents.Read<LegalDocument> document = Documents.document(reader, input, terminal(), batch.warnings());
      original[0] = document.value();
      return document.outcome();
    }, Batch.Summary.NEVER);
    if (exit != ExitCodes.OK) {
      return exit;
    }
    exit = new Batch(terminal(), batch, "apply", "read").run(acts, (input, index) -> {
      Documents.Read<AmendingAct> act = Documents.amendment(reader, input, terminal(), batch.warnings(),
          original[0]);
      read[index] = act.value();
      return act.outcome();
    }, Batch.Summary.NEVER);
    if (exit != ExitCodes.OK) {
      return exit;
    }

    LegalDocument current = original[0];
    List<String> problems = new ArrayList<>();
    DocumentIdentity amendedFrom = current.identity();
    Amendment last = null;
    for (int i = 0; i < read.length; i++) {
      AmendingAct act = read[i];
      String actName = acts.get(i).name();
      Optional<String> mismatch = targetMismatch(act.target(), current.identity());
      if (mismatch.isPresent()) {
        problems.add(Failures.error(SourceLocation.unknownPosition(actName), mismatch.get()));
        break;
      }
      AmendmentResult result = act.amendment().apply(current);
      if (!result.isApplied()) {
        for (AmendmentProblem problem : result.problems()) {
          // At the <textualMod> that states the operation, so an editor jumps to it.
          SourceLocation at = act.operationLocation(problem.operationIndex())
              .orElse(SourceLocation.unknownPosition(actName));
          problems.add(Failures.error(at, "amendment " + act.amendment().id()
              + " does not apply to " + inputs.get(0).name() + ": " + problem.describe()));
        }
        break;
      }
      amendedFrom = current.identity();
      last = act.amendment();
      current = amended(result.document(), act.amendment(), amendedFrom);
    }
    if (!problems.isEmpty() || last == null) { // last is null only when a problem stopped the first act
      PrintWriter err = spec.commandLine().getErr();
      problems.forEach(err::print);
      err.flush();
      return ExitCodes.PROBLEMS;
    }
    LegalDocument result = current;
    Amendment amendment = last;
    DocumentIdentity from = amendedFrom;
    Outcome written = Failures.run(inputs.get(0).name(), () -> targets.write(documents.get(0),
        UnaryOperator.identity(), Outcome.ok("", 0),
        out -> AknWriter.create().writeAmended(result, amendment, from, out)));
    PrintWriter err = spec.commandLine().getErr();
    err.print(written.stderr());
    if (written.exitCode() == ExitCodes.OK && !batch.quiet) {
      err.println("lexkit apply: " + Batch.plural(acts.size(), "amendment") + " applied to " + inputs.get(0).name()
          + "; wrote the version of " + result.identity().versionDate() + " to "
          + (isStdout(output) ? "standard output" : output));
    }
    err.flush();
    if (written.stdout().length > 0 && !Failures.writeStdout(terminal(), written.stdout(), message -> {
      err.println(message);
      err.flush();
    })) {
      return ExitCodes.IO;
    }
    return written.exitCode();
  }

  /**
   * Returns why {@code target}, the version an act amends, is not the document at hand: another work is an error;
   * another version of the same work is fine (the operations check the text they change).
   */
  private static Optional<String> targetMismatch(AknIri target, DocumentIdentity document) {
    boolean sameWork = target.country().equals(document.country())
        && target.date().date().equals(document.date())
        && target.number().equals(document.name());
    if (sameWork) {
      return Optional.empty();
    }
    return Optional.of("the act amends " + target + ", not this document (" + document.country() + ", "
        + document.name() + " of " + document.date() + ")");
  }

  /**
   * The amended version as the model records it: dated when the amendment takes effect, with a life-cycle event
   * whose source is the amending act's expression IRI, the IRI {@code AknWriter.writeAmended} derives for it
   * (work {@code /akn/<country>/act/<act date>/<amendment id>}, expression in the amended document's language,
   * dated the act's date: adoption, else proposal, else entry into force, else the amended version's date).
   */
  static LegalDocument amended(LegalDocument amended, Amendment amendment, DocumentIdentity from) {
    LocalDate actDate = amendment.adopted().or(amendment::proposed).or(amendment::inForce).orElse(from.versionDate());
    LocalDate versionDate = amendment.effectiveDate().orElse(actDate);
    if (versionDate.isBefore(from.date())) {
      versionDate = from.versionDate();
    }
    String actIri = AknIri.work(from.country(), "act", AknIri.WorkDate.of(actDate), amendment.id().value())
        .withVersion(from.language(), actDate).toString();
    return amended.withIdentity(from.withVersionDate(versionDate))
        .withLifecycleEvent(LifecycleEvent.of(versionDate, LifecycleEvent.Type.AMENDMENT, actIri));
  }
}
