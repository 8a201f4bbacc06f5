package io.github.lede.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A loopback HTTP server for the examples' tests: each path serves a body of a content type, which
 * may change with the number of times it was requested (a feed that gains an item). Unknown paths
 * are 404.
 */
public final class LocalServer implements AutoCloseable {

    private record Route(String contentType, IntFunction<String> body, AtomicInteger hits) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Route route = routes.get(exchange.getRequestURI().getPath());
            byte[] body;
            if (route == null) {
                body = "not found".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
            } else {
                body = route.body().apply(route.hits().incrementAndGet()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", route.contentType());
                exchange.sendResponseHeaders(200, body.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Serves {@code body} at {@code path}. */
    public LocalServer serve(String path, String contentType, String body) {
        return serve(path, contentType, n -> body);
    }

    /** Serves at {@code path} the body for the n-th request (from 1). */
    public LocalServer serve(String path, String contentType, IntFunction<String> body) {
        routes.put(path, new Route(contentType, body, new AtomicInteger()));
        return this;
    }

    /** How often {@code path} was served. */
    public int hits(String path) {
        Route route = routes.get(path);
        return route == null ? 0 : route.hits().get();
    }

    /** The absolute URL of {@code path}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
