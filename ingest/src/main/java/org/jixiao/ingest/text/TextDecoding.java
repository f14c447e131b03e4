package org.jixiao.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes the bytes of a plain-text report. Order of decisions: a byte-order mark wins; then
 * strict UTF-8 (any malformed sequence rejects it, so GBK text is never mis-read as UTF-8); then
 * Tika's copy of the ICU4J {@link CharsetDetector}, trusted when it is confident; then strict
 * GB18030 (a superset of GBK and GB2312, the usual legacy encoding of Chinese government text);
 * and only as a last resort the detector's best guess with replacement characters.
 */
public final class TextDecoding {
  /** ICU confidence (0..100) above which its guess is taken before trying GB18030. */
  private static final int CONFIDENT = 50;

  private static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * @param lossy true when undecodable bytes were replaced (the text is a best effort)
   */
  record Decoded(String text, Charset charset, boolean bom, boolean lossy) {}

  private TextDecoding() {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true, false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true, false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true, false);
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, false, false);
    }
    int cut = incompleteUtf8Tail(bytes);
    if (cut > 0) {
      // a file cut short in the middle of a character is still UTF-8; the partial character is dropped
      Optional<String> head = strict(java.util.Arrays.copyOf(bytes, bytes.length - cut), StandardCharsets.UTF_8);
      if (head.isPresent()) {
        return new Decoded(head.get(), StandardCharsets.UTF_8, false, true);
      }
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch best = detector.detect();
    Optional<Charset> guessed = best == null ? Optional.empty() : charset(best.getName());
    if (guessed.isPresent() && best.getConfidence() >= CONFIDENT) {
      Optional<String> text = strict(bytes, guessed.get());
      if (text.isPresent()) {
        return new Decoded(text.get(), guessed.get(), false, false);
      }
    }
    Optional<String> gb = strict(bytes, GB18030);
    if (gb.isPresent()) {
      return new Decoded(gb.get(), GB18030, false, false);
    }
    Charset fallback = guessed.orElse(GB18030);
    return new Decoded(lenient(bytes, 0, fallback), fallback, false, true);
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code bytes} are valid UTF-8 holding at least one character beyond ASCII: Chinese in GBK is never that by
   * chance, so such bytes are UTF-8 whatever a declaration says.
   */
  public static boolean isMultiByteUtf8(byte[] bytes) {
    boolean wide = false;
    for (byte b : bytes) {
      if (b < 0) {
        wide = true;
        break;
      }
    }
    return wide && strict(bytes, java.nio.charset.StandardCharsets.UTF_8).isPresent();
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      CharBuffer chars =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }

  /** Number of trailing bytes that start a UTF-8 sequence the file ends before completing, else 0. */
  private static int incompleteUtf8Tail(byte[] bytes) {
    for (int back = 1; back <= Math.min(3, bytes.length); back++) {
      int b = bytes[bytes.length - back] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue; // continuation byte: keep looking for the lead byte
      }
      int need = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
