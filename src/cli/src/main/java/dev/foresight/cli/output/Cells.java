package dev.foresight.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** JSON values as table cells: absent becomes null (shown "-"), numbers lose noise digits. */
public final class Cells {
    private Cells() {}

    public static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    public static String number(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return text(node);
        }
        return BigDecimal.valueOf(node.asDouble()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String seconds(JsonNode node) {
        return node == null || !node.isNumber() ? null : Durations.seconds(node.asDouble());
    }
}
