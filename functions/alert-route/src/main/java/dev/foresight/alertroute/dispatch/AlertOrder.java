package dev.foresight.alertroute.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The order of alerts in a notification, Alertmanager's: by {@code job}, then {@code instance}
 * (an alert without one comes after those with it), then by label set (fewer labels first, then
 * the first differing label in name order).
 */
final class AlertOrder implements Comparator<GroupAlert> {
    static final AlertOrder INSTANCE = new AlertOrder();
    private static final List<String> FIRST = List.of("job", "instance");

    @Override
    public int compare(GroupAlert a, GroupAlert b) {
        for (String name : FIRST) {
            String x = a.labels().get(name);
            String y = b.labels().get(name);
            if (x == null && y == null) {
                continue;
            }
            if (x == null) {
                return 1;
            }
            if (y == null) {
                return -1;
            }
            if (!x.equals(y)) {
                return x.compareTo(y);
            }
        }
        return before(a.labels(), b.labels()) ? -1 : before(b.labels(), a.labels()) ? 1 : 0;
    }

    private static boolean before(Map<String, String> a, Map<String, String> b) {
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        List<String> names = new ArrayList<>(new TreeSet<>(a.keySet()));
        names.addAll(b.keySet());
        names.sort(Comparator.naturalOrder());
        for (String name : names) {
            String x = a.get(name);
            if (x == null) {
                return true;
            }
            String y = b.get(name);
            if (y == null) {
                return false;
            }
            int c = x.compareTo(y);
            if (c != 0) {
                return c < 0;
            }
        }
        return false;
    }
}
