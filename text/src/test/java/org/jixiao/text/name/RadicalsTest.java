package org.jixiao.text.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RadicalsTest {
  @Test
  void radicalsAreReadAsTheIdeographsTheyPrint() {
    // h369: a Kangxi radical (⼯ U+2F2F) and supplement radicals (⻓ U+2EBB, ⻔ U+2ED4) from a font's ToUnicode map
    assertEquals("工程长效管护机制", Radicals.folded("⼯程⻓效管护机制"));
    assertEquals("部门整体支出", Radicals.folded("部⻔整体⽀出"));
    assertEquals(3, Radicals.count("⼯程⻓效部⻔"));
    assertEquals("见页风", Radicals.folded("⻅⻚⻛"));
  }

  @Test
  void textWithoutRadicalsIsLeftAsItIs() {
    String plain = "预算执行率 95.6%，（一）";
    assertSame(plain, Radicals.folded(plain));
    assertEquals(0, Radicals.count(plain));
    // a radical whose ideograph lies outside the BMP (⺇ → U+20628) stays: a fold keeps offsets
    assertEquals("⺇", Radicals.folded("⺇"));
  }
}
