package org.jixiao.index;

import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Thins a phrase of overlapping CJK bigrams (政务 务数 数据 据信 …) by leaving out bigrams its neighbours imply. Inside
 * one run of Han characters a bigram is covered by the bigram before it and the one after it, so the phrase without it
 * matches the same text while reading fewer positions: a long indicator name over many rows is a search's slowest
 * query, and its cost is the phrase's terms. Which bigrams go is chosen by document frequency: the most common ones
 * (服务, 完成, 工作), never two side by side, never one at either end or beside a number or a single character, and
 * never the rarest, which leads the phrase's walk over the postings. The one text the thinner phrase matches that the
 * full one does not is two bigrams with exactly one other token (a number, a Latin word) where the query has the left
 * out bigram, which indicator names do not meet in practice.
 */
final class BigramPhrases {
  private BigramPhrases() {}

  static Query thin(Query q, ToLongFunction<Term> docFreq) {
    if (!(q instanceof PhraseQuery p) || p.getSlop() != 0 || p.getTerms().length < 3) {
      return q;
    }
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    int n = terms.length;
    long[] df = new long[n];
    int rarest = 0;
    for (int i = 0; i < n; i++) {
      df[i] = docFreq.applyAsLong(terms[i]);
      if (df[i] < df[rarest]) {
        rarest = i;
      }
    }
    // the most postings left out, no two neighbours: best[i] is the most over terms 0..i, with out[i] saying whether
    // term i is left out in it
    long[] best = new long[n];
    boolean[] out = new boolean[n];
    for (int i = 1; i < n; i++) {
      long keep = best[i - 1];
      long drop = implied(terms, positions, i) && i != rarest ? (i >= 2 ? best[i - 2] : 0) + df[i] : -1;
      out[i] = drop > keep;
      best[i] = Math.max(keep, drop);
    }
    boolean[] dropped = new boolean[n];
    for (int i = n - 1; i >= 1; ) {
      if (out[i]) {
        dropped[i] = true;
        i -= 2;
      } else {
        i--;
      }
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) {
        b.add(terms[i], positions[i]);
        kept++;
      }
    }
    return kept == n ? q : b.build();
  }

  /** Whether term i is covered by its two neighbours: three Han bigrams in a row, sharing characters. */
  private static boolean implied(Term[] terms, int[] positions, int i) {
    return i > 0 && i + 1 < terms.length
        && positions[i - 1] + 1 == positions[i] && positions[i] + 1 == positions[i + 1]
        && chain(terms[i - 1].text(), terms[i].text()) && chain(terms[i].text(), terms[i + 1].text());
  }

  private static boolean chain(String left, String right) {
    return bigram(left) && bigram(right) && left.charAt(1) == right.charAt(0);
  }

  private static boolean bigram(String t) {
    return t.length() == 2 && han(t.charAt(0)) && han(t.charAt(1));
  }

  private static boolean han(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
