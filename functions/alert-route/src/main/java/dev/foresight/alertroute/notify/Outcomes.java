package dev.foresight.alertroute.notify;

import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeoutException;

/**
 * The one place that decides what a receiver's answer or a transport failure means for a delivery.
 * HTTP: 2xx delivered; 408, 429 and 5xx worth retrying (after {@code Retry-After} when the answer
 * names one); any other status is the request's own fault and permanent. SMTP: a 4xx reply is
 * transient, a 5xx reply (a refused sender or recipient, a bad address) permanent. Timeouts,
 * refused and broken connections are retryable: the receiver may be back in a moment. A failure
 * that is none of these (a bad address, a refused destination, a bug) is permanent.
 */
public final class Outcomes {
    private static final int MAX_BODY = 200;

    private Outcomes() {}

    public static SendResult ofStatus(int status, String body) {
        return ofStatus(status, body, null, Instant.now());
    }

    /** An HTTP answer, with its {@code Retry-After} header (seconds or an HTTP date) when it has one. */
    public static SendResult ofStatus(int status, String body, String retryAfter, Instant now) {
        String detail = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + clip(body.strip()));
        if (status >= 200 && status < 300) {
            return SendResult.ok(detail);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SendResult.retryable(detail, retryAfter(retryAfter, now));
        }
        return SendResult.fatal(detail);
    }

    /** An SMTP reply that refused the message. */
    public static SendResult ofSmtpReply(int code, String message) {
        String detail = "SMTP " + code + (message == null || message.isBlank() ? "" : ": " + clip(message.strip()));
        if (code >= 200 && code < 400) {
            return SendResult.ok(detail);
        }
        return code >= 400 && code < 500 ? SendResult.retryable(detail) : SendResult.fatal(detail);
    }

    public static SendResult ofFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return ofSmtpReply(smtp.getReplyCode(), smtp.getReplyMessage());
            }
        }
        String detail = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + clip(failure.getMessage()));
        return isTransient(failure) ? SendResult.retryable(detail) : SendResult.fatal(detail);
    }

    /**
     * {@code Retry-After} as RFC 9110 §10.2.3 writes it: a number of seconds or an HTTP date.
     * Absent, unreadable or past: zero, and the retry policy's own backoff applies.
     */
    public static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Duration.ZERO;
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException tooLong) {
                return Duration.ZERO;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException unreadable) {
            return Duration.ZERO;
        }
    }

    private static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // HTTP and mail clients name their own timeout, closed-connection and open-circuit exceptions
            String name = t.getClass().getSimpleName();
            if (t instanceof IOException || t instanceof TimeoutException
                    || name.endsWith("TimeoutException") || name.endsWith("ClosedException")
                    || name.equals("CircuitBreakerOpenException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String clip(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "…";
    }
}
