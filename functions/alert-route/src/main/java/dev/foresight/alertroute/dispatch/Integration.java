package dev.foresight.alertroute.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One notifier of a receiver, e.g. its second webhook: {@code id} is {@code receiver/kind/index},
 * the key of its notification-log entries, as Alertmanager keys its log.
 */
public record Integration(String id, String receiver, String kind, int index, boolean sendResolved, int maxAlerts) {

    /** One integration per configuration block of {@code kind}, each with its {@code send_resolved}. */
    public static List<Integration> ofBlocks(String receiver, String kind, List<Map<String, Object>> blocks) {
        List<Integration> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            boolean sendResolved = Boolean.TRUE.equals(blocks.get(i).get("send_resolved"));
            out.add(new Integration(receiver + "/" + kind + "/" + i, receiver, kind, i, sendResolved, 0));
        }
        return out;
    }
}
