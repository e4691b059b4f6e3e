package dev.foresight.alertroute.console;

import dev.foresight.alertroute.config.AlertRouteConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** What the console page needs to know before login: where to get a token and where its peers are. */
@RegisterForReflection
public record ConsoleSettings(String tokenUrl, String predictUrl, String monitorUrl, String embedUrl) {

    public static ConsoleSettings of(AlertRouteConfig.Console c) {
        return new ConsoleSettings(c.tokenUrl().toString(), base(c.predictUrl().toString()),
                base(c.monitorUrl().toString()), base(c.embedUrl().toString()));
    }

    /** The page appends paths such as {@code /predictions}: a trailing slash would double it. */
    private static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
