package org.jixiao.extract.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
  private static JsonNode json(String s) {
    return Json.read(s.replace('\'', '"'), JsonNode.class);
  }

  @Test
  void pathsOfChangedAddedAndRemovedValues() {
    JsonNode a = json("{'a':1,'rows':[{'x':'p','y':2.0}],'gone':true}");
    JsonNode b = json("{'a':1,'rows':[{'x':'q','y':2},{'x':'r','y':3}],'new':null}");
    assertEquals(List.of(
        "$.gone: expected true, got (absent)",
        "$.new: expected (absent), got null",
        "$.rows: expected 1 elements, got 2",
        "$.rows[0].x: expected \"p\", got \"q\"",
        "$.rows[1]: expected (absent), got {\"x\":\"r\",\"y\":3}"), JsonDiff.diff(a, b));
  }

  @Test
  void equalTreesHaveNoDifference() {
    assertEquals(List.of(), JsonDiff.diff(json("{'a':[1,2,{'b':null}]}"), json("{'a':[1,2,{'b':null}]}")));
  }

  @Test
  void theSummaryCountsPerFieldAndCapsTheList() {
    String s = JsonDiff.summary(List.of("$.a: x", "$.b[0].c: y", "$.b[1].c: z"), 2);
    assertTrue(s.startsWith("3 differing path(s); per field: {a=1, b=2}"), s);
    assertTrue(s.contains("... and 1 more"), s);
  }
}
