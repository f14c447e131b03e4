package org.jixiao.extract.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jixiao.schema.GradeLevel;
import org.junit.jupiter.api.Test;

class GradeWordsTest {
  private final GradeWords grades = GradeWords.standard();

  @Test
  void aGradeTickedInARowOfCheckBoxes() {
    // h349: "☑优　□良　□中　□差"
    assertEquals(Optional.of(GradeLevel.EXCELLENT), grades.normalise("☑优　□良　□中　□差"));
    assertEquals(Optional.of(GradeLevel.GOOD), grades.normalise("□优 ■良 □中 □差"));
    assertEquals(Optional.empty(), grades.normalise("□优　□良　□中　□差"), "nothing ticked");
    assertEquals(Optional.empty(), grades.normalise("☑优　☑良　□中　□差"), "two ticked: no one grade");
    assertEquals(Optional.of(GradeLevel.GOOD), grades.normalise("良"));
  }
}
