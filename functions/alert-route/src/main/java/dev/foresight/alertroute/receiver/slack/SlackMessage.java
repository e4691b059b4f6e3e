package dev.foresight.alertroute.receiver.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.receiver.GroupText;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The body Alertmanager POSTs to a Slack incoming webhook: one attachment holding the title,
 * its link, the text and the colour. Empty fields are left out, as Alertmanager's {@code omitempty}.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SlackMessage(String channel, String username, @JsonProperty("icon_emoji") String iconEmoji,
        @JsonProperty("icon_url") String iconUrl, @JsonProperty("link_names") boolean linkNames, List<Attachment> attachments) {

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Attachment(String title, @JsonProperty("title_link") String titleLink, String pretext, String text,
            String fallback, @JsonProperty("callback_id") String callbackId, String color,
            @JsonProperty("image_url") String imageUrl, @JsonProperty("thumb_url") String thumbUrl, String footer,
            @JsonProperty("mrkdwn_in") List<String> mrkdwnIn) {}

    /** Alertmanager's defaults: username "Alertmanager", colour danger/good, title {@code __subject}, link to the receiver's alerts. */
    public static SlackMessage of(Notification n, SlackConfig config, String externalUrl) {
        String title = config.title().orElse(GroupText.subject(n));
        String link = config.titleLink().orElse(GroupText.alertsUrl(externalUrl, n.receiver()));
        Attachment attachment = new Attachment(title, link, config.pretext().orElse(null), config.text().orElse(null),
                config.fallback().orElse(title + " | " + link), config.callbackId().orElse(null),
                config.color().orElse(n.firing() ? "danger" : "good"), config.imageUrl().orElse(null),
                config.thumbUrl().orElse(null), config.footer().orElse(null), List.of("fallback", "pretext", "text"));
        return new SlackMessage(config.channel().orElse(null), config.username().orElse("Alertmanager"),
                config.iconEmoji().orElse(null), config.iconUrl().orElse(null), config.linkNames(), List.of(attachment));
    }
}
