package org.lexkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lexkit.core.amendment.AddRight;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.AmendmentProblem;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.history.History;
import org.lexkit.core.history.Version;
import org.lexkit.core.provision.Inline;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/** Shared machinery of the per-package sanity tests: the main classes of a package, and a configured tester. */
public final class PackageSanity {
  private PackageSanity() {}

  /** Returns the public classes of core's main code in {@code packageName} (not its sub-packages), nested ones too. */
  public static List<Class<?>> publicMainClasses(String packageName) {
    try {
      URL main = LegalDocumentException.class.getProtectionDomain().getCodeSource().getLocation();
      List<Class<?>> classes = new ArrayList<>();
      for (ClassPath.ClassInfo info : ClassPath.from(PackageSanity.class.getClassLoader()).getAllClasses()) {
        if (!info.getPackageName().equals(packageName) || info.getName().endsWith("package-info")) {
          continue;
        }
        Class<?> type = info.load();
        if (type.getProtectionDomain().getCodeSource().getLocation().equals(main)
            && Modifier.isPublic(type.getModifiers()) && isReachable(type)) {
          classes.add(type);
        }
      }
      assertThat(classes).as("public classes of %s", packageName).isNotEmpty();
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isReachable(Class<?> type) {
    for (Class<?> enclosing = type.getEnclosingClass(); enclosing != null; enclosing = enclosing.getEnclosingClass()) {
      if (!Modifier.isPublic(enclosing.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass();
  }

  /** Returns a tester that knows a valid default for every core type a public signature takes. */
  public static NullPointerTester tester() {
    ProvisionId art32 = ProvisionId.parse("sec_ii__art_32");
    Provision article = Provision.of(org.lexkit.core.provision.ProvisionKind.ARTICLE, "32", "Text.");
    DocumentIdentity identity = DocumentIdentity.of("kz", org.lexkit.core.document.DocumentType.CONSTITUTION,
        LocalDate.of(1995, 8, 30), "constitution", "rus");
    LegalDocument document = LegalDocument.of(identity, "Constitution", article);
    RightId rightId = RightId.parse("peaceful-assembly");
    RestrictionGround ground = RestrictionGround.of("public order", art32, CanonicalGround.PUBLIC_ORDER);
    Right right = Right.of(rightId, "assembly", Holder.CITIZENS, art32, ground);
    AmendmentOperation operation = AddRight.of(right);
    Amendment amendment = Amendment.of(AmendmentId.parse("law-1"), "Law", operation);
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(LocalDate.class, LocalDate.of(2000, 1, 1))
        .setDefault(ProvisionId.class, art32)
        .setDefault(Num.class, Num.of("32"))
        .setDefault(Text.class, Text.of("Text."))
        .setDefault(Inline.class, new Inline.Run("Text."))
        .setDefault(Note.class, Note.of("Note."))
        .setDefault(Provision.class, article)
        .setDefault(CanonicalGround.class, CanonicalGround.PUBLIC_ORDER)
        .setDefault(RestrictionGround.class, ground)
        .setDefault(RightId.class, rightId)
        .setDefault(Holder.class, Holder.CITIZENS)
        .setDefault(Right.class, right)
        .setDefault(GeneralLimitationClause.class, GeneralLimitationClause.of(art32, ground))
        .setDefault(RightsCatalogue.class, RightsCatalogue.of(ImmutableList.of(right)))
        .setDefault(DocumentIdentity.class, identity)
        .setDefault(Preamble.class, Preamble.of("We, the people."))
        .setDefault(LifecycleEvent.class, LifecycleEvent.of(LocalDate.of(2000, 1, 1),
            LifecycleEvent.Type.AMENDMENT, "law-1"))
        .setDefault(LegalDocument.class, document)
        .setDefault(AmendmentId.class, AmendmentId.parse("law-1"))
        .setDefault(AmendmentOperation.class, operation)
        .setDefault(Amendment.class, amendment)
        .setDefault(InsertionPoint.class, InsertionPoint.after(art32))
        .setDefault(org.lexkit.core.amendment.Words.Range.class, new org.lexkit.core.amendment.Words.Range(0, 0, 1))
        .setDefault(org.lexkit.core.amendment.Words.class, org.lexkit.core.amendment.Words.only("x"))
        .setDefault(AmendmentProblem.class, new AmendmentProblem(0, operation, "x", "y", "z"))
        .setDefault(Version.class, Version.original(document))
        .setDefault(History.class, History.of(document))
        .setDefault(Comparison.class, Comparison.of(document, document));
  }

  /** Checks that every public constructor and static method of every public class in the package rejects nulls. */
  public static void checkNulls(String packageName) {
    NullPointerTester tester = tester();
    for (Class<?> type : publicMainClasses(packageName)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
  }
}
