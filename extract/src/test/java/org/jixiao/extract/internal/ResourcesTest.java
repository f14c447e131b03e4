package org.jixiao.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void keepsStrippedEntriesAndDropsBlanksAndCommentLines() {
    assertEquals(
        List.of("ＡＢ word", "key:\tvalue # kept: only whole-line comments go", "last"),
        Resources.lines(ResourcesTest.class, "testComments.txt"));
  }

  @Test
  void missingResourceNamesItAndItsAnchor() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Resources.lines(ResourcesTest.class, "testNoSuchFile.txt"));
    assertTrue(e.getMessage().contains("testNoSuchFile.txt"), e.getMessage());
    assertTrue(e.getMessage().contains(ResourcesTest.class.getName()), e.getMessage());
  }

  @Test
  void lexiconAlsoCutsTrailingComments() {
    Lexicon lexicon = Lexicon.load(ResourcesTest.class, "testLexicon.txt");
    assertEquals(List.of("value", "other"), lexicon.words("key"));
    assertEquals(List.of("y", "z"), lexicon.words("second"));
  }

  @Test
  void lexiconLineWithoutKeyFailsNamingTheResource() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Lexicon.load(ResourcesTest.class, "testComments.txt"));
    assertTrue(e.getMessage().contains("testComments.txt"), e.getMessage());
  }
}
