package org.jixiao.app.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A page's query parameters, read with clear errors ({@link BadRequest}) and turned back into links: a facet or a
 * page number is the same URL with one parameter changed, so every view can be sent to a colleague.
 */
record Params(String path, Map<String, String> values) {
  Params {
    Map<String, String> kept = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        kept.put(k, v.strip());
      }
    });
    values = java.util.Collections.unmodifiableMap(kept);
  }

  static Params of(String path, Map<String, List<String>> query) {
    Map<String, String> first = new LinkedHashMap<>();
    query.forEach((k, v) -> {
      if (!v.isEmpty()) {
        first.put(k, v.getFirst());
      }
    });
    return new Params(path, first);
  }

  @Nullable String get(String name) {
    return values.get(name);
  }

  @Nullable Integer integer(String name) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    return whole(name, v);
  }

  @Nullable Double number(String name) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    return decimal(name, v.replace("%", "")).doubleValue();
  }

  /** A parameter's number, read by the one number reader (the kernel), or a 400 naming the parameter. */
  static BigDecimal decimal(String name, String v) {
    return Numbers.parse(v.strip()).orElseThrow(() -> new BadRequest(name + " must be a number, not " + v));
  }

  static int whole(String name, String v) {
    try {
      return Numbers.parse(v.strip()).orElseThrow(ArithmeticException::new).intValueExact();
    } catch (ArithmeticException e) {
      throw new BadRequest(name + " must be a whole number, not " + v);
    }
  }

  int page() {
    Integer p = integer("page");
    if (p != null && p < 1) {
      throw new BadRequest("page counts from 1, not " + p);
    }
    return p == null ? 1 : p;
  }

  boolean flag(String name) {
    String v = get(name);
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equals("on"));
  }

  /** The same page with {@code name} set to {@code value} (removed when null), back on page 1 unless it is the page. */
  String with(String name, @Nullable String value) {
    Map<String, String> next = new LinkedHashMap<>(values);
    if (!name.equals("page")) {
      next.remove("page");
    }
    if (value == null) {
      next.remove(name);
    } else {
      next.put(name, value);
    }
    return link(path, next);
  }

  /** This page's URL with another path (the CSV of this list, its JSON twin). */
  String at(String otherPath) {
    return link(otherPath, values);
  }

  static String link(String path, Map<String, String> params) {
    if (params.isEmpty()) {
      return path;
    }
    return path + "?" + params.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A request the server cannot answer as asked: 400 with this message. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
