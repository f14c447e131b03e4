package org.jixiao.text.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void keepsStrippedEntriesAndDropsBlanksAndCommentLines() {
    assertEquals(
        List.of("ＡＢ word", "key:\tvalue # kept: only whole-line comments go", "last"),
        WordList.lines(WordListTest.class, "testComments.txt"));
  }

  @Test
  void missingResourceNamesItAndItsAnchor() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> WordList.lines(WordListTest.class, "testNoSuchFile.txt"));
    assertTrue(e.getMessage().contains("testNoSuchFile.txt"), e.getMessage());
    assertTrue(e.getMessage().contains(WordListTest.class.getName()), e.getMessage());
  }

  @Test
  void lexiconAlsoCutsTrailingComments() {
    Lexicon lexicon = Lexicon.load(WordListTest.class, "testLexicon.txt");
    assertEquals(List.of("value", "other"), lexicon.words("key"));
    assertEquals(List.of("y", "z"), lexicon.words("second"));
  }

  @Test
  void lexiconLineWithoutKeyFailsNamingTheResource() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Lexicon.load(WordListTest.class, "testComments.txt"));
    assertTrue(e.getMessage().contains("testComments.txt"), e.getMessage());
  }
}
