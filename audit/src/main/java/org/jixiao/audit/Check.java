package org.jixiao.audit;

import java.util.List;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;

/**
 * 审计规则: recomputes one thing the report states. Implementations are stateless, have a public
 * no-argument constructor, and are listed in {@code META-INF/services/org.jixiao.audit.Check} so that
 * {@link Auditor#standard()} finds them, as Tika finds its parsers.
 */
public interface Check {
  /** This check's identity, which every finding it emits carries in {@link Finding#check()}. */
  CheckId id();

  /** Every mismatch found; an empty list when everything this check can see reconciles. */
  List<Finding> check(AuditSubject subject);
}
