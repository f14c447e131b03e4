package org.jixiao.audit;

import java.util.List;
import org.jixiao.schema.Finding;

/** One audit rule: recomputes one thing the report states. Implementations are stateless. */
public interface Check {
  /** The name findings carry in {@link Finding#check()}, e.g. {@code SectionSumCheck}. */
  String name();

  /** Every mismatch found; an empty list when everything this check can see reconciles. */
  List<Finding> check(AuditSubject subject);
}
