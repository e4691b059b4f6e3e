package dev.foresight.alertroute.receiver.email;

import dev.foresight.alertroute.am.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comma-separated address list as {@code to} and {@code from} take it ({@code Ops <ops@example.com>,
 * oncall@example.com}), refused with Go's {@code net/mail} wording as Alertmanager refuses it.
 * Hand-written: the check is a few lines and Jakarta Mail is not otherwise on the classpath.
 */
public final class MailAddresses {
    private static final Pattern ANGLE = Pattern.compile("^(?:\"?([^\"<]*)\"?\\s*)?<([^<>\\s]+)>$");
    private static final Pattern BARE = Pattern.compile("^[^\\s@<>,;\"]+@[^\\s@<>,;\"]+$");

    private MailAddresses() {}

    /** Each address as written (display name kept), in order. */
    public static List<String> parse(String field, String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                throw new ConfigException("parse '" + field + "' addresses: mail: no address");
            }
            Matcher angle = ANGLE.matcher(address);
            String mailbox = angle.matches() ? angle.group(2) : address;
            if (!BARE.matcher(mailbox).matches()) {
                throw new ConfigException("parse '" + field + "' addresses: mail: missing '@' or angle-addr in \"" + address + "\"");
            }
            out.add(address);
        }
        return List.copyOf(out);
    }

    /** The mailbox of an address: {@code ops@example.com} for {@code Ops <ops@example.com>}. */
    public static String mailbox(String address) {
        Matcher angle = ANGLE.matcher(address);
        return angle.matches() ? angle.group(2) : address;
    }
}
