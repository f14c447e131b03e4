package org.jixiao.search.syntax;

import java.util.List;

/** 查询子句: a search box's query as a tree, which each backend turns into its own query. */
public sealed interface Clause {
  /** A word or a quoted phrase: the clause a backend builds for one piece of text. */
  record Word(String text) implements Clause {}

  /** {@code 执行*}: words that start so. */
  record Prefix(String start) implements Clause {}

  /** {@code -x}: everything but what {@code clause} matches. */
  record Not(Clause clause) implements Clause {}

  /** Clauses joined by one operator: all must match, or any. */
  record Join(boolean all, List<Clause> clauses) implements Clause {
    public Join {
      clauses = List.copyOf(clauses);
    }
  }

  /** {@code *} alone: everything. */
  record Everything() implements Clause {}

  /** Nothing searchable was typed: nothing matches. */
  record Nothing() implements Clause {}
}
