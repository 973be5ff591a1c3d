package workbook.book;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol: open a page, evaluate JavaScript, take screenshots,
 * and see every request the page makes. Plain JDK: a process and a WebSocket.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("book.chromium", "/usr/bin/chromium"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> failedLoads = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Chromium(Process process, Path profile, WebSocket.Builder builder, URI page) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = builder.buildAsync(page, new Listener()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Starts Chromium with a fresh profile and no network chatter of its own, and attaches to its page. */
    static Chromium start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("book-chromium-");
        Process process = new ProcessBuilder(EXECUTABLE.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=%d,%d".formatted(width, height), "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Chromium did not open its DevTools port within "
                            + PATIENCE.toSeconds() + " s (exit: " + (process.isAlive() ? "still running" : process.exitValue())
                            + "); its log: " + profile.resolveSibling(profile.getFileName() + ".log"));
                }
                Thread.sleep(50); // polling a file another process writes; nothing to order here
            }
            String port = Files.readAllLines(portFile).getFirst().trim();
            HttpClient http = HttpClient.newHttpClient();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString()).body();
            @SuppressWarnings("unchecked")
            String page = ((List<Map<String, Object>>) Json.parse(targets)).stream()
                    .filter(target -> "page".equals(target.get("type")))
                    .map(target -> (String) target.get("webSocketDebuggerUrl"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Chromium shows no page: " + targets));
            Chromium chromium = new Chromium(process, profile, http.newWebSocketBuilder(), URI.create(page));
            chromium.send("Page.enable", "{}");
            chromium.send("Network.enable", "{}");
            chromium.send("Emulation.setDeviceMetricsOverride",
                    "{\"width\":%d,\"height\":%d,\"deviceScaleFactor\":1,\"mobile\":false}".formatted(width, height));
            return chromium;
        } catch (Exception | Error failure) {
            process.destroyForcibly();
            throw failure;
        }
    }

    /** Opens {@code url} and waits for its load event (all images loaded or failed). */
    void open(String url) throws Exception {
        loaded = new CompletableFuture<>();
        send("Page.navigate", "{\"url\":" + Json.quote(url) + "}");
        loaded.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** The value of a JavaScript expression (awaited if it is a promise). */
    Object evaluate(String expression) throws Exception {
        Map<String, Object> result = send("Runtime.evaluate", "{\"expression\":%s,\"returnByValue\":true,\"awaitPromise\":true}"
                .formatted(Json.quote(expression)));
        if (result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails") + "\n" + expression);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> remote = (Map<String, Object>) result.get("result");
        return remote.get("value");
    }

    /** Saves what the viewport shows as a PNG. */
    void screenshot(Path file) throws Exception {
        Map<String, Object> result = send("Page.captureScreenshot", "{\"format\":\"png\"}");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
    }

    /** Every URL the page asked for, since Chromium started. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    /** Every request that failed, with Chromium's reason. */
    List<String> failedLoads() {
        return List.copyOf(failedLoads);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText("{\"id\":%d,\"method\":\"%s\",\"params\":%s}".formatted(id, method, params), true)
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        Map<String, Object> message = reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        if (message.containsKey("error")) {
            throw new IllegalStateException(method + " failed: " + message.get("error"));
        }
        return (Map<String, Object>) message.get("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @SuppressWarnings("unchecked")
        private void handle(String text) {
            Map<String, Object> message = (Map<String, Object>) Json.parse(text);
            if (message.get("id") instanceof Double id) {
                CompletableFuture<Map<String, Object>> reply = pending.remove(id.intValue());
                if (reply != null) {
                    reply.complete(message);
                }
                return;
            }
            Map<String, Object> params = (Map<String, Object>) message.getOrDefault("params", Map.of());
            switch (String.valueOf(message.get("method"))) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Network.requestWillBeSent" ->
                        requested.add((String) ((Map<String, Object>) params.get("request")).get("url"));
                case "Network.loadingFailed" -> failedLoads.add(params.get("type") + " " + params.get("errorText"));
                default -> { }
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toCollection(ArrayList::new))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
