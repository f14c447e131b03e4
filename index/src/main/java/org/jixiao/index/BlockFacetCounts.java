package org.jixiao.index;

import static org.jixiao.index.Fields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.jspecify.annotations.Nullable;
import org.jixiao.search.Facet;

/**
 * Exact facet counts (global ordinals of the facet field) without reading each matching row's doc values: a row's
 * report-level values are its report's (same block), so a row adds to them through its report, once per run of
 * matching rows; its own 一级指标 comes from a packed copy. Built once per reader (one pass over the facet field, a
 * few bytes a row); {@link #of} gives null where the index breaks the assumption, and the caller counts the usual way.
 */
final class BlockFacetCounts {
  private final Leaf[] leaves;
  private final int size;
  private final long level1Start;
  private final long level1End;

  /** One segment: which documents are rows and reports, a row's 一级指标 ordinal + 1, a report's ordinals. */
  private record Leaf(FixedBitSet rows, PackedInts.Mutable level1, int[] reports, int[] offsets, int[] ords) {}

  private BlockFacetCounts(Leaf[] leaves, int size, long level1Start, long level1End) {
    this.leaves = leaves;
    this.size = size;
    this.level1Start = level1Start;
    this.level1End = level1End;
  }

  static @Nullable BlockFacetCounts of(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValuesReaderState.OrdRange l1 = state.getOrdRange(Facet.LEVEL1.dim());
    long start = l1 == null ? 1 : l1.start();
    long end = l1 == null ? 0 : l1.end();
    SortedSetDocValues all = state.getDocValues();
    List<LeafReaderContext> contexts = reader.leaves();
    Leaf[] leaves = new Leaf[contexts.size()];
    for (int i = 0; i < leaves.length; i++) {
      LongValues global = all instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping.getGlobalOrds(i) : LongValues.IDENTITY;
      leaves[i] = leaf(contexts.get(i), state.getField(), global, state.getSize(), start, end);
      if (leaves[i] == null) {
        return null;
      }
    }
    return new BlockFacetCounts(leaves, state.getSize(), start, end);
  }

  private static @Nullable Leaf leaf(LeafReaderContext ctx, String field, LongValues global, int size, long l1Start,
      long l1End) throws IOException {
    int maxDoc = ctx.reader().maxDoc();
    FixedBitSet rows = docs(ctx, TYPE_ROW);
    FixedBitSet reportBits = docs(ctx, TYPE_REPORT);
    PackedInts.Mutable level1 = PackedInts.getMutable(maxDoc, PackedInts.bitsRequired(size), PackedInts.COMPACT);
    int[] reports = new int[reportBits.cardinality()];
    int[] offsets = new int[reports.length + 1];
    List<Integer> ords = new ArrayList<>();
    SortedSetDocValues dv = DocValues.getSortedSet(ctx.reader(), field);
    long[] block = null; // the report-level ordinals of the rows since the last report
    int r = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      boolean row = rows.get(doc);
      boolean report = reportBits.get(doc);
      if (!row && !report) {
        continue;
      }
      List<Long> own = new ArrayList<>();
      long l1 = -1;
      if (dv.advanceExact(doc)) {
        for (int k = 0; k < dv.docValueCount(); k++) {
          long o = global.get(dv.nextOrd());
          if (row && o >= l1Start && o <= l1End) {
            if (l1 >= 0) {
              return null; // a row with two groups
            }
            l1 = o;
          } else {
            own.add(o);
          }
        }
      }
      long[] identity = own.stream().filter(o -> o < l1Start || o > l1End).mapToLong(Long::longValue).toArray();
      if (row) {
        if (block != null && !Arrays.equals(block, identity)) {
          return null;
        }
        block = identity;
        level1.set(doc, l1 + 1);
      } else {
        if (block != null && !Arrays.equals(block, identity)) {
          return null; // rows whose report-level values are not their report's
        }
        block = null;
        reports[r] = doc;
        own.forEach(o -> ords.add(Math.toIntExact(o)));
        offsets[++r] = ords.size();
      }
    }
    if (block != null) {
      return null; // rows without a report after them
    }
    return new Leaf(rows, level1, reports, offsets, ords.stream().mapToInt(Integer::intValue).toArray());
  }

  private static FixedBitSet docs(LeafReaderContext ctx, String type) throws IOException {
    FixedBitSet bits = new FixedBitSet(ctx.reader().maxDoc());
    PostingsEnum p = ctx.reader().postings(new Term(TYPE, type), PostingsEnum.NONE);
    if (p != null) {
      for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
        bits.set(d);
      }
    }
    return bits;
  }

  /** Counts by global ordinal, or null when a match is neither a row nor a report (count those the usual way). */
  long @Nullable [] count(FacetsCollector fc) throws IOException {
    long[] counts = new long[size];
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      if (m.totalHits() == 0) {
        continue;
      }
      Leaf leaf = leaves[m.context().ord];
      DocIdSetIterator it = m.bits().iterator();
      int r = 0; // the report of the current run of rows: the first at or after the row
      long pending = 0;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        while (r < leaf.reports.length && leaf.reports[r] < doc) {
          flush(leaf, r++, pending, counts);
          pending = 0;
        }
        if (leaf.rows.get(doc)) {
          long l1 = leaf.level1.get(doc);
          if (l1 > 0) {
            counts[(int) l1 - 1]++;
          }
          pending++;
        } else if (r < leaf.reports.length && leaf.reports[r] == doc) {
          for (int k = leaf.offsets[r]; k < leaf.offsets[r + 1]; k++) {
            counts[leaf.ords[k]]++;
          }
        } else {
          return null;
        }
      }
      if (pending > 0) {
        flush(leaf, r, pending, counts);
      }
    }
    return counts;
  }

  /** Adds a run of the report's matching rows to its report-level values (not its groups: a row has its own). */
  private void flush(Leaf leaf, int r, long rows, long[] counts) {
    if (rows == 0) {
      return;
    }
    for (int k = leaf.offsets[r]; k < leaf.offsets[r + 1]; k++) {
      int o = leaf.ords[k];
      if (o < level1Start || o > level1End) {
        counts[o] += rows;
      }
    }
  }
}
