package org.jixiao.ingest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Connected components by union–find: items that touch, directly or through others, form one group. */
public final class Components {
  private Components() {}

  /** The groups of {@code items} linked by {@code touch}, each in input order, groups in order of their first item. */
  public static <T> List<List<T>> of(List<T> items, BiPredicate<T, T> touch) {
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch.test(items.get(i), items.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<T>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
