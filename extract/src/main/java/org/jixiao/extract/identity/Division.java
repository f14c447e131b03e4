package org.jixiao.extract.identity;

import java.util.Objects;
import org.jixiao.schema.AdminLevel;
import org.jspecify.annotations.Nullable;

/**
 * 行政区划: one province-, prefecture- or county-level division. {@code code} is the six-digit GB/T
 * 2260 code; {@code province} is the full name of the province-level division it is or lies in
 * ({@code 天津市} for a district of Tianjin); {@code prefecture} is the full name of the
 * prefecture-level division it is or lies in, or null for a province, for a district or county of
 * a municipality (北京, 天津, 上海, 重庆) and for a county-level city governed directly by its
 * province (济源市, 仙桃市).
 */
public record Division(
    String code, String name, AdminLevel level, String province, @Nullable String prefecture) {

  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(province, "province");
    if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a six-digit division code: " + code);
    }
  }

  /** The code of the province-level division this is or lies in: 410726 → 410000. */
  public String provinceCode() {
    return code.substring(0, 2) + "0000";
  }

  /** The code of the prefecture-level division slot: 410726 → 410700 (may not exist). */
  public String prefectureCode() {
    return code.substring(0, 4) + "00";
  }
}
