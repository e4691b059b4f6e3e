package dev.foresight.alertroute.receiver.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.List;

/**
 * One open stream's reading of the alert log: the entries after its start id, read from the log
 * page by page, then the live entries of this instance's {@link AlertFeed}, each exactly once and
 * in id order. Hand-written because no operator joins "read until caught up" and "follow live"
 * without either a window where entries are lost or a buffer that can overflow: here live entries
 * that arrive while replaying are not kept, only noticed, and the replay reads once more.
 */
final class LogCursor {
    private final AlertLog log;
    private final AlertFeed feed;
    private final int page;

    LogCursor(AlertLog log, AlertFeed feed, int page) {
        this.log = log;
        this.feed = feed;
        this.page = page;
    }

    /** Every entry after {@code after}: what the log holds now, then what is appended, until cancelled. */
    Multi<AlertLog.Entry> after(EventId after) {
        return Multi.createFrom().emitter(emitter -> {
            Reading reading = new Reading(emitter, after);
            Cancellable live = feed.entries().subscribe().with(reading::live, emitter::fail);
            emitter.onTermination(() -> {
                reading.cancelled = true;
                live.cancel();
            });
            reading.replay();
        });
    }

    private final class Reading {
        private final MultiEmitter<? super AlertLog.Entry> emitter;
        /** The newest entry sent; nothing at or before it is sent again. */
        private EventId sent;
        /** A live entry came during the current read, which may have been issued before it was appended. */
        private boolean liveDuringRead;
        private boolean caughtUp;
        private volatile boolean cancelled;

        Reading(MultiEmitter<? super AlertLog.Entry> emitter, EventId after) {
            this.emitter = emitter;
            this.sent = after;
        }

        synchronized void live(AlertLog.Entry entry) {
            if (!caughtUp) {
                liveDuringRead = true;
                return;
            }
            send(entry);
        }

        void replay() {
            if (cancelled) {
                return;
            }
            log.after(sent, page).subscribe().with(entries -> {
                if (pageDone(entries)) {
                    replay();
                }
            }, emitter::fail);
        }

        /**
         * Sends a page; true when another read is needed: a full page, or live entries arrived
         * meanwhile (the next read, issued after they were appended, holds them).
         */
        private synchronized boolean pageDone(List<AlertLog.Entry> entries) {
            entries.forEach(this::send);
            if (entries.size() >= page || liveDuringRead) {
                liveDuringRead = false;
                return true;
            }
            caughtUp = true;
            return false;
        }

        private void send(AlertLog.Entry entry) {
            if (entry.id().isAfter(sent)) {
                sent = entry.id();
                emitter.emit(entry);
            }
        }
    }
}
