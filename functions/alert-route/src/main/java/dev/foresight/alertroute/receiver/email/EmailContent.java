package dev.foresight.alertroute.receiver.email;

import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.receiver.GroupText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one email says: its subject (Alertmanager's {@code __subject} unless a {@code Subject}
 * header is configured), its headers, and its text and HTML bodies. A configured {@code html} or
 * {@code text} is sent as written; without either, both bodies are built from the group.
 */
public record EmailContent(String subject, Map<String, String> headers, Optional<String> text, Optional<String> html) {

    public static EmailContent of(Notification n, EmailConfig config, String externalUrl) {
        Map<String, String> headers = new LinkedHashMap<>();
        String subject = GroupText.subject(n);
        for (Map.Entry<String, String> header : config.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("subject")) {
                subject = header.getValue();
            } else if (!name.equals("to") && !name.equals("from")) {
                headers.put(header.getKey(), header.getValue());
            }
        }
        if (config.html().isPresent() || config.text().isPresent()) {
            return new EmailContent(subject, headers, config.text(), config.html());
        }
        String url = GroupText.alertsUrl(externalUrl, n.receiver());
        return new EmailContent(subject, headers, Optional.of(text(n, subject, url)), Optional.of(html(n, subject, url)));
    }

    static String text(Notification n, String subject, String url) {
        StringBuilder out = new StringBuilder(subject.strip()).append("\n\nView in alert-route: ").append(url).append('\n');
        section(out, "Firing", GroupText.firing(n));
        section(out, "Resolved", GroupText.resolved(n));
        if (n.truncated() > 0) {
            out.append('\n').append(n.truncated()).append(" more alerts not shown.\n");
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<GroupAlert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        out.append("\n[").append(alerts.size()).append("] ").append(title).append('\n');
        alerts.forEach(alert -> out.append('\n').append(GroupText.describe(alert)));
    }

    static String html(Notification n, String subject, String url) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject.strip())).append("</title></head>\n<body style=\"font-family:sans-serif\">\n")
                .append("<p style=\"background:").append(n.firing() ? "#e45959" : "#68b90f")
                .append(";color:#fff;padding:8px\">").append(escape(subject.strip())).append("</p>\n")
                .append("<p><a href=\"").append(escape(url)).append("\">View in alert-route</a></p>\n");
        htmlSection(out, "Firing", GroupText.firing(n));
        htmlSection(out, "Resolved", GroupText.resolved(n));
        if (n.truncated() > 0) {
            out.append("<p>").append(n.truncated()).append(" more alerts not shown.</p>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static void htmlSection(StringBuilder out, String title, List<GroupAlert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        out.append("<h3>[").append(alerts.size()).append("] ").append(title).append("</h3>\n");
        for (GroupAlert alert : alerts) {
            out.append("<p><strong>Labels</strong><br>\n");
            new TreeMap<>(alert.labels()).forEach((k, v) -> out.append(escape(k)).append(" = ").append(escape(v)).append("<br>\n"));
            out.append("<strong>Annotations</strong><br>\n");
            new TreeMap<>(alert.annotations()).forEach((k, v) -> out.append(escape(k)).append(" = ").append(escape(v)).append("<br>\n"));
            if (alert.generatorUrl() != null && !alert.generatorUrl().isEmpty()) {
                out.append("<a href=\"").append(escape(alert.generatorUrl())).append("\">Source</a>");
            }
            out.append("</p>\n");
        }
    }

    /** HTML text and attribute escaping: alert labels come from whoever posts alerts. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
