package org.jixiao.index.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * 分词 tokenizer: HanLP's Viterbi word segmenter (bundled core and custom dictionaries, person-name
 * recognition off) as a Lucene {@link Tokenizer}. Terms without a letter or digit (punctuation,
 * white space, ≥ %) are dropped without a position gap, as {@code StandardTokenizer} drops them.
 *
 * <p>The input is read whole on {@link #reset()} and segmented one chunk at a time; a chunk ends at
 * white space or sentence punctuation (no word spans them), or after {@value #MAX_CHUNK} characters (a word straddling
 * that hard cut is split: be aware of this weakness on very long unpunctuated text). Each instance
 * owns its segmenter, so one tokenizer per thread (what {@code Analyzer} reuse gives) is safe; the
 * HanLP dictionaries are static, loaded read-only from the jar.
 *
 * <p>Short chunks (up to {@value #MAX_CACHED_CHARS} characters) are segmented once per tokenizer
 * and remembered in a small LRU cache: indicator names, targets and group names repeat across
 * reports (they come from a few national templates), and HanLP's per-call cost dominates on them.
 */
public final class HanLPTokenizer extends Tokenizer {
  static final int MAX_CHUNK = 1024;
  static final int MAX_CACHED_CHARS = 48;
  private static final int CACHE_ENTRIES = 4096;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Segment segment;
  private final java.util.LinkedHashMap<String, List<Term>> cache =
      new java.util.LinkedHashMap<>(CACHE_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Term>> eldest) {
          return size() > CACHE_ENTRIES;
        }
      };

  private char[] buffer = new char[256];
  private int length;
  private int chunkStart;
  private int chunkEnd;
  private int cursor;
  private List<Term> terms = List.of();
  private int termIndex;

  public HanLPTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY);
  }

  public HanLPTokenizer(AttributeFactory factory) {
    super(factory);
    this.segment = newSegment();
  }

  static Segment newSegment() {
    return new ViterbiSegment()
        .enableOffset(true)
        .enableNameRecognize(false)
        .enableCustomDictionary(true);
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      while (termIndex < terms.size()) {
        Term t = terms.get(termIndex++);
        if (!hasLetterOrDigit(t.word)) {
          cursor = Math.max(cursor, chunkStart + t.offset + t.word.length());
          continue;
        }
        int start = locate(t);
        int end = Math.min(start + t.word.length(), chunkEnd);
        cursor = end;
        termAtt.setEmpty().append(t.word);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        posIncAtt.setPositionIncrement(1);
        typeAtt.setType(t.nature == null ? TypeAttribute.DEFAULT_TYPE : t.nature.toString());
        return true;
      }
      if (chunkEnd >= length) {
        return false;
      }
      chunkStart = chunkEnd;
      chunkEnd = nextBoundary(chunkStart);
      cursor = chunkStart;
      terms = segment(new String(buffer, chunkStart, chunkEnd - chunkStart));
      termIndex = 0;
    }
  }

  /** HanLP's terms of one chunk; short chunks from the cache. The terms are never modified. */
  private List<Term> segment(String chunk) {
    if (chunk.length() > MAX_CACHED_CHARS) {
      return segment.seg(chunk);
    }
    List<Term> cached = cache.get(chunk);
    if (cached == null) {
      cached = List.copyOf(segment.seg(chunk));
      cache.put(chunk, cached);
    }
    return cached;
  }

  /** Where the term stands in the buffer: HanLP's own offset when its text is there, else searched. */
  private int locate(Term t) {
    int at = chunkStart + t.offset;
    if (at >= cursor && matches(at, t.word)) {
      return at;
    }
    for (int i = cursor; i + t.word.length() <= chunkEnd; i++) {
      if (matches(i, t.word)) {
        return i;
      }
    }
    return Math.min(cursor, chunkEnd);
  }

  private boolean matches(int at, String word) {
    if (at < 0 || at + word.length() > chunkEnd) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (buffer[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int nextBoundary(int from) {
    int limit = Math.min(length, from + MAX_CHUNK);
    for (int i = from; i < limit; i++) {
      if (isSentenceEnd(buffer[i])) {
        return i + 1;
      }
    }
    if (limit < length && Character.isHighSurrogate(buffer[limit - 1])) {
      limit--; // never split a surrogate pair
    }
    return limit;
  }

  private static boolean isSentenceEnd(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!'
        || c == '?' || c == ';';
  }

  private static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    int n;
    while ((n = input.read(buffer, length, buffer.length - length)) != -1) {
      length += n;
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      }
    }
    chunkStart = 0;
    chunkEnd = 0;
    cursor = 0;
    terms = List.of();
    termIndex = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    terms = List.of();
    if (buffer.length > 64 * 1024) {
      buffer = new char[256]; // do not pin a huge document's buffer in a reused tokenizer
    }
  }
}
