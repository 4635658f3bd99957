package org.lexkit.examples.kazakhstan;

import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.AddRight;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.RemoveRestrictionGround;
import org.lexkit.core.amendment.RemoveRight;
import org.lexkit.core.amendment.RenumberProvision;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.amendment.SubstituteProvision;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.rights.RestrictionGround;

/** One-line descriptions of amendment operations for the reports. Stateless. */
final class Operations {
  private Operations() {}

  /** Returns e.g. {@code add restriction ground CONSTITUTIONAL_ORDER ("защиты ...") to peaceful-assembly}. */
  static String describe(AmendmentOperation operation) {
    return operation.accept(new AmendmentOperation.Visitor<String>() {
      @Override
      public String visit(SubstituteText o) {
        return "substitute the text of " + o.target();
      }

      @Override
      public String visit(ChangeWords o) {
        return o.verb() + " in " + o.target();
      }

      @Override
      public String visit(SubstituteProvision o) {
        return "substitute " + o.target();
      }

      @Override
      public String visit(InsertProvision o) {
        String where = switch (o.at().placement()) {
          case AT_END -> "at the end of " + o.at().anchor().map(Object::toString).orElse("the body");
          case BEFORE -> "before " + o.at().anchor().orElseThrow();
          case AFTER -> "after " + o.at().anchor().orElseThrow();
        };
        return "insert " + o.provision().kind().element() + " "
            + o.provision().num().map(n -> n.text() + " ").orElse("") + where;
      }

      @Override
      public String visit(RepealProvision o) {
        return "repeal " + o.target();
      }

      @Override
      public String visit(RenumberProvision o) {
        return "renumber " + o.target() + " as " + o.newNum();
      }

      @Override
      public String visit(AddRestrictionGround o) {
        return "add restriction ground " + ground(o.ground()) + " to " + o.right();
      }

      @Override
      public String visit(RemoveRestrictionGround o) {
        return "remove restriction ground " + ground(o.ground()) + " from " + o.right();
      }

      @Override
      public String visit(AddRight o) {
        return "add right " + o.right().id();
      }

      @Override
      public String visit(RemoveRight o) {
        return "remove right " + o.right();
      }
    });
  }

  private static String ground(RestrictionGround ground) {
    return ground.key() + " (\"" + ground.wording() + "\", " + ground.source() + ")";
  }
}
