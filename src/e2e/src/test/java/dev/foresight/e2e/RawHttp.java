package dev.foresight.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the JDK client refuses to send the
 * malformed targets (bad percent-escapes) and header combinations a fuzzer must send.
 */
final class RawHttp {
    /** What came back: a status, or a time-out ({@code hung}), or a connection closed without an answer. */
    record Answer(int status, String contentType, byte[] body, boolean hung, boolean reset, long millis) {}

    private RawHttp() {}

    static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body, long timeoutMillis) {
        long start = System.nanoTime();
        long deadline = start + timeoutMillis * 1_000_000L;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeoutMillis);
            socket.setSoTimeout((int) timeoutMillis);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidBody) {
                // a server may answer (413) and close before a large body is written: read what it said
            }
            return read(socket.getInputStream(), deadline, start);
        } catch (SocketTimeoutException timeout) {
            return new Answer(0, "", new byte[0], true, false, elapsed(start));
        } catch (IOException closed) {
            return new Answer(0, "", new byte[0], false, true, elapsed(start));
        }
    }

    private static Answer read(InputStream in, long deadline, long start) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[16_384];
        while (true) {
            if (System.nanoTime() > deadline) {
                return new Answer(0, "", new byte[0], true, false, elapsed(start));
            }
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException timeout) {
                return new Answer(0, "", new byte[0], true, false, elapsed(start));
            } catch (IOException reset) {
                if (all.size() == 0) {
                    return new Answer(0, "", new byte[0], false, true, elapsed(start));
                }
                break; // answered, then reset while the rest of our body was discarded
            }
            if (n < 0) {
                break;
            }
            all.write(buf, 0, n);
            if (all.size() > 64 * 1024 * 1024) {
                break;
            }
        }
        return parse(all.toByteArray(), elapsed(start));
    }

    private static Answer parse(byte[] raw, long millis) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || headEnd < 0) {
            return new Answer(0, "", raw, false, true, millis);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String contentType = "";
        boolean chunked = false;
        for (String line : text.substring(0, headEnd).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        return new Answer(status, contentType, chunked ? dechunk(body) : body, false, false, millis);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOf(chunked, i);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException notChunked) {
                break;
            }
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(chunked, from, Math.min(size, chunked.length - from));
            i = from + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
