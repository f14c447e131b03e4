package org.jixiao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SheetRefTest {
  @Test
  void namesCellsAsExcelDoes() {
    assertEquals("A1", SheetRef.of("s", 0, 0).cell());
    assertEquals("C62", SheetRef.of("s", 61, 2).cell());
    assertEquals("Z3", SheetRef.of("s", 2, 25).cell());
    assertEquals("AA3", SheetRef.of("s", 2, 26).cell());
    assertEquals("AZ1", SheetRef.of("s", 0, 51).cell());
    assertEquals("ZZ1", SheetRef.of("s", 0, 701).cell());
    assertEquals("AAA1", SheetRef.of("s", 0, 702).cell());
    assertEquals("XFD1048576", SheetRef.of("s", 1048575, 16383).cell(), "Excel's last cell");
  }

  @Test
  void refusesWhatIsNotACell() {
    assertThrows(IllegalArgumentException.class, () -> SheetRef.of("s", -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new SheetRef("s", "C0"));
    assertThrows(IllegalArgumentException.class, () -> new SheetRef("s", "c3"));
  }

  @Test
  void aCellOutsideAWorkbookWritesNoSheet() {
    String json = Json.write(new CellRef("a.docx", null, 0, 1, 2));
    assertEquals(false, json.contains("sheet"), json);
    String inBook = Json.write(new CellRef("a.xlsx", null, 0, 1, 2, null, null, null, SheetRef.of("自评表", 4, 2)));
    assertEquals(true, inBook.contains("\"sheet\":{\"name\":\"自评表\",\"cell\":\"C5\"}") || inBook.contains("\"cell\" : \"C5\""), inBook);
  }
}
