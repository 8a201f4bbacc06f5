package io.github.lede.io;

import io.github.lede.InputTooLargeException;
import io.github.lede.Limits;
import io.github.lede.UnreadableInputException;
import io.github.lede.UnsupportedInputException;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads inputs — files, streams, http(s) URLs — into {@link Source}s, never reading more than
 * {@link Limits#maxInputBytes()}. Thread-safe; one instance per {@link io.github.lede.Lede}.
 */
public final class SourceLoader {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final int MAX_REDIRECTS = 5;

    private final Limits limits;
    private final HttpClient http;
    private final String userAgent;
    private final Duration connectTimeout;

    /** A loader enforcing {@code limits}; HTTP requests identify as {@code userAgent}. */
    public SourceLoader(Limits limits, String userAgent, Duration connectTimeout) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        // redirects are followed by hand, so that the limit and the http/https rule apply to each hop
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Reads a file.
     *
     * @throws UnreadableInputException if it is missing, a directory or unreadable
     * @throws InputTooLargeException if it is larger than the limit
     */
    public Source.Builder load(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableInputException("is a directory, not a file", name);
            }
            long size = Files.size(path);
            if (size > limits.maxInputBytes()) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return source(readLimited(in, name), name);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file", name, e);
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException("permission denied", name, e);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), name, e);
        }
    }

    /**
     * Reads a stream to its end (it is not closed).
     *
     * @throws InputTooLargeException if it holds more than the limit; reading stops there
     */
    public Source.Builder load(InputStream in, String name) {
        try {
            return source(readLimited(in, name), name);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), name, e);
        }
    }

    /**
     * Fetches a {@code file:}, {@code http:} or {@code https:} URI. HTTP responses must be 2xx;
     * the charset of the {@code Content-Type} header becomes the source's charset hint.
     *
     * @throws UnsupportedInputException for other schemes
     * @throws UnreadableInputException if the host is unreachable, the request times out, the
     *     status is not 2xx or redirects loop
     * @throws InputTooLargeException if the body is larger than the limit; reading stops there
     */
    public Source.Builder load(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return load(Path.of(uri)).url(uri.toString());
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnsupportedInputException("only http and https URLs are fetched, not '" + scheme + ":'",
                    uri.toString());
        }
        return fetch(uri, uri.toString(), 0);
    }

    private Source.Builder fetch(URI uri, String original, int redirects) {
        // one deadline covers connecting, the headers and the whole body, so a server that
        // trickles its response cannot hold the caller longer than the budget
        Duration timeout = limits.timeBudget();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("not a valid URL: " + uri, original, e);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request,
                info -> info.statusCode() >= 200 && info.statusCode() < 300
                        ? new LimitedBodySubscriber(limits.maxInputBytes())
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new UnreadableInputException("timed out after " + timeout.toMillis() + " ms fetching " + uri,
                    original, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableInputException("interrupted while fetching " + uri, original, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException || cause instanceof IOException
                    && cause.getCause() instanceof LimitedBodySubscriber.TooLarge) {
                cause = cause.getCause();
            }
            if (cause instanceof LimitedBodySubscriber.TooLarge big) {
                throw tooLarge(original, big.seen);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new UnreadableInputException("timed out after " + timeout.toMillis() + " ms fetching " + uri,
                        original, cause);
            }
            throw new UnreadableInputException("cannot fetch " + uri + ": " + describe(cause), original, cause);
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new UnreadableInputException("HTTP " + status + " without a Location header from " + uri,
                        original);
            }
            if (redirects >= MAX_REDIRECTS) {
                throw new UnreadableInputException("more than " + MAX_REDIRECTS + " redirects from " + original,
                        original);
            }
            URI next;
            try {
                next = uri.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new UnreadableInputException("HTTP " + status + " to an invalid Location " + location, original,
                        e);
            }
            String s = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                throw new UnreadableInputException("redirected to a non-http URL " + next, original);
            }
            return fetch(next, original, redirects + 1);
        }
        if (status < 200 || status >= 300) {
            throw new UnreadableInputException("HTTP " + status + " from " + uri, original);
        }
        Source.Builder b;
        try {
            b = source(response.body(), original).url(uri.toString());
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read the body of " + uri + ": " + describe(e), original, e);
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        if (contentType.isPresent()) {
            String type = MediaTypes.essence(contentType.get());
            if (!type.isEmpty() && !type.equals(MediaTypes.BINARY) && !type.endsWith("gzip")) {
                b.contentType(type);
            }
            charsetOf(contentType.get()).ifPresent(b::charset);
        }
        return b;
    }

    /**
     * A source of {@code bytes}; a gzip file ({@code page.html.gz}, as crawls and data sets store
     * pages) stands for the document inside it, typed by its content and its name without
     * {@code .gz}. The inflated size is held to the input limit, so a gzip bomb stops there. A
     * gzipped WARC archive stays as it is: it is many documents, which {@link io.github.lede.Lede#expand}
     * reads one by one.
     */
    private Source.Builder source(byte[] bytes, String name) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return Source.bytes(bytes).name(name);
        }
        byte[] inflated;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            inflated = readLimited(in, name);
        } catch (ZipException | EOFException e) {
            throw new UnreadableInputException("a damaged gzip file: " + describe(e), name, e);
        }
        if (startsWithWarc(inflated)) {
            return Source.bytes(bytes).name(name);
        }
        String inner = name == null ? null : name.replaceFirst("(?i)\\.(gz|gzip)$", "");
        return Source.bytes(inflated).name(name)
                .contentType(MediaTypes.detect(ByteBuffer.wrap(inflated), inner));
    }

    private static boolean startsWithWarc(byte[] b) {
        return b.length >= 5 && b[0] == 'W' && b[1] == 'A' && b[2] == 'R' && b[3] == 'C' && b[4] == '/';
    }

    /** The charset parameter of a {@code Content-Type} value, when it names one the JDK knows. */
    public static Optional<Charset> charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private byte[] readLimited(InputStream in, String name) throws IOException {
        long max = limits.maxInputBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > max) {
                throw tooLarge(name, total);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private InputTooLargeException tooLarge(String name, long seen) {
        return new InputTooLargeException("input is larger than the limit of " + limits.maxInputBytes()
                + " bytes (at least " + seen + " bytes)", name, limits.maxInputBytes());
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    /** The connect timeout in use. */
    public Duration connectTimeout() {
        return connectTimeout;
    }
}
