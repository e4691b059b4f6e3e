package dev.foresight.alertroute.receiver.slack;

import dev.foresight.alertroute.receiver.BlockValues;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code slack_configs} entry, typed: the incoming webhook ({@code api_url} or {@code api_url_file},
 * the global one filled in by the parser) and the message's fields. Values are sent as written; an
 * absent one takes what Alertmanager's default template gives it.
 */
public record SlackConfig(Optional<String> apiUrl, Optional<String> apiUrlFile, Optional<String> channel,
        Optional<String> username, Optional<String> color, Optional<String> title, Optional<String> titleLink,
        Optional<String> pretext, Optional<String> text, Optional<String> fallback, Optional<String> footer,
        Optional<String> iconEmoji, Optional<String> iconUrl, Optional<String> imageUrl, Optional<String> thumbUrl,
        Optional<String> callbackId, boolean linkNames, boolean sendResolved) {

    public static SlackConfig of(Map<String, Object> block) {
        return new SlackConfig(BlockValues.text(block, "api_url"), BlockValues.text(block, "api_url_file"),
                BlockValues.text(block, "channel"), BlockValues.text(block, "username"), BlockValues.text(block, "color"),
                BlockValues.text(block, "title"), BlockValues.text(block, "title_link"), BlockValues.text(block, "pretext"),
                BlockValues.text(block, "text"), BlockValues.text(block, "fallback"), BlockValues.text(block, "footer"),
                BlockValues.text(block, "icon_emoji"), BlockValues.text(block, "icon_url"), BlockValues.text(block, "image_url"),
                BlockValues.text(block, "thumb_url"), BlockValues.text(block, "callback_id"),
                BlockValues.bool(block, "link_names", false), BlockValues.bool(block, "send_resolved", false));
    }

    /** The webhook as the circuit breaker and the log name it: the URL's scheme and host, never its secret path. */
    public String endpoint() {
        return apiUrl.map(url -> {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }).orElse("file " + apiUrlFile.orElse(""));
    }
}
