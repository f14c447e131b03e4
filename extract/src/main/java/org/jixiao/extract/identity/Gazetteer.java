package org.jixiao.extract.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.schema.AdminLevel;

/** TEMPORARY stand-in until the gazetteer lands. */
public final class Gazetteer {
  private static final List<Division> D = List.of(
      new Division("320000", "江苏省", AdminLevel.PROVINCIAL, "江苏省", null),
      new Division("120000", "天津市", AdminLevel.PROVINCIAL, "天津市", null),
      new Division("360100", "南昌市", AdminLevel.PREFECTURAL, "江西省", "南昌市"),
      new Division("410726", "延津县", AdminLevel.COUNTY, "河南省", "新乡市"),
      new Division("421202", "咸安区", AdminLevel.COUNTY, "湖北省", "咸宁市"));

  public static Gazetteer load() {
    return new Gazetteer();
  }

  public List<Division> mentions(String text) {
    List<Division> out = new ArrayList<>();
    for (Division d : D) {
      if (text.contains(d.name())) {
        out.add(d);
      }
    }
    return out;
  }

  public Optional<Division> mostSpecific(String text) {
    return mentions(text).stream().max(java.util.Comparator.comparing(Division::level));
  }
}
