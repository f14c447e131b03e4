package org.jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text-and-number kernel ({@code org.jixiao.text}) is the only place a report's figures are
 * read: no main source or word list of extract, audit, index or app may read digits with its own
 * regular expression ({@code \d+}, {@code [0-9]{1,3}} …) or read an integer from a string ({@code
 * Integer.parseInt}). Patterns say {@code {N}} and go through {@code Numbers.compile}; matched text
 * goes through {@code Numbers.of/parse}. {@code ArchitectureTest} keeps {@code new BigDecimal(String)}
 * and {@code Double.parseDouble} out of every module in the byte code; this test reads the sources,
 * because a regular expression is only a string there.
 */
class NumberReadingConfinedTest {
  private static final List<String> MODULES = List.of("extract", "audit", "search", "index", "solrclient", "app");

  /** A digit class with a quantifier: \d+, \\d{1,3}, [0-9]+, [0-9０-９]{2}. */
  private static final Pattern DIGIT_REGEX =
      Pattern.compile("\\\\{1,2}d[+*?{]|\\[[^\\]]*0-9[^\\]]*\\][+*?{]");

  /** Number parsing from text outside the kernel. */
  private static final Pattern PARSE_CALL =
      Pattern.compile(
          "Integer\\.(?:parseInt|valueOf)\\(|Long\\.(?:parseLong|valueOf)\\(|Short\\.parseShort\\(");

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.isDirectory(dir.resolve("text")) ? dir : dir.getParent();
  }

  private static List<String> offenders(Pattern p, String glob) {
    List<String> out = new ArrayList<>();
    for (String module : MODULES) {
      Path main = root().resolve(module).resolve("src/main");
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(x -> x.getFileSystem().getPathMatcher("glob:" + glob).matches(x)).toList()) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
              out.add(root().relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Test
  void theModulesAreWhereThisTestLooks() {
    for (String module : MODULES) {
      assertTrue(Files.isDirectory(root().resolve(module).resolve("src/main/java")), module);
    }
  }

  @Test
  void noDigitRegexOutsideTheKernel() {
    assertEquals(List.of(), offenders(DIGIT_REGEX, "**/*.{java,txt}"));
  }

  @Test
  void noNumberParsingOutsideTheKernel() {
    assertEquals(List.of(), offenders(PARSE_CALL, "**/*.java"));
  }

  @Test
  void theRulesSeeWhatTheyForbid() {
    assertTrue(DIGIT_REGEX.matcher("Pattern.compile(\"(\\\\d+(?:\\\\.\\\\d+)?)\")").find());
    assertTrue(DIGIT_REGEX.matcher("x	(?<x>(?<![\\d.])\\d++)").find());
    assertTrue(DIGIT_REGEX.matcher("\"[0-9０-９]+\"").find());
    assertTrue(PARSE_CALL.matcher("int y = Integer.parseInt(s);").find());
    assertTrue(!PARSE_CALL.matcher("Integer.toString(15)").find());
  }
}
