package org.jixiao.extract.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A scanned budget block's headers with one character misread (h529's lid-open scan), and words that only look alike. */
class BudgetVocabularyTest {
  private static final BudgetVocabulary WORDS = BudgetVocabulary.standard();

  @Test
  void aMeasuresWordMisreadInOneCharacterIsThatWord() {
    assertEquals("年初预算数", WORDS.spelled("年初据算数"));
    assertEquals("全年预算数", WORDS.spelled("全年所算数"));
    assertEquals("全年执行数", WORDS.spelled("全年执行数"), "read right, kept");
  }

  @Test
  void otherWordsAndShortOnesAreKept() {
    assertEquals("执行事", WORDS.spelled("执行事"), "three characters: too short to tell a misreading");
    assertEquals("全年决算数", WORDS.spelled("全年决算数"), "a word of its own (决算数)");
    assertEquals("年初预算数额", WORDS.spelled("年初预算数额"));
    assertEquals("项目名称甲", WORDS.spelled("项目名称甲"));
  }
}
