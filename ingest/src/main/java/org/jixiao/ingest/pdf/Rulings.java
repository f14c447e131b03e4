package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups rulings that touch, directly or through others: each group is one candidate table. */
final class Rulings {
  private Rulings() {}

  static List<List<Ruling>> connected(List<Ruling> rulings, double tol) {
    int n = rulings.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (rulings.get(i).crosses(rulings.get(j), tol)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
