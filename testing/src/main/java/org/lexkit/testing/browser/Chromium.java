package org.lexkit.testing.browser;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium driven through chromedriver over the W3C WebDriver protocol: open a page, size the window,
 * run a script, emulate print media, take a screenshot. One browser, one session; close it when done.
 *
 * <pre>{@code
 * Optional<Chromium> found = Chromium.find();
 * assumeTrue(found.isPresent(), Chromium.MISSING);
 * try (Chromium browser = found.get().start()) {
 *   browser.open(page).resize(390, 800);
 *   assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(390L);
 * }
 * }</pre>
 *
 * <p>Chromium runs with a new, empty profile and without the background services that would try the network
 * (tests run without one). Not thread-safe.
 */
public final class Chromium implements AutoCloseable {
  /** Why a browser test is skipped when {@link #find()} finds nothing. */
  public static final String MISSING = "headless Chromium and chromedriver are not installed (Debian:"
      + " apt-get install chromium chromium-driver); the browser checks are skipped. CI installs them (.ci/run).";

  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final long SCREENSHOT_HEIGHT = 6000;

  private final Path browser;
  private final Path driver;
  private @Nullable Process process;
  private @Nullable Path profile;
  private @Nullable HttpClient http;
  private @Nullable URI session;

  private Chromium(Path browser, Path driver) {
    this.browser = browser;
    this.driver = driver;
  }

  /** Returns the installed browser and driver, or empty when either is missing. */
  public static Optional<Chromium> find() {
    Optional<Path> browser = BROWSERS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    Optional<Path> driver = DRIVERS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    return browser.isPresent() && driver.isPresent()
        ? Optional.of(new Chromium(browser.get(), driver.get())) : Optional.empty();
  }

  /**
   * Starts chromedriver and a browser session, 1280 px wide.
   *
   * @return this browser, started
   * @throws UncheckedIOException if the driver cannot be started or does not answer
   */
  @CanIgnoreReturnValue
  public Chromium start() {
    try {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      process = new ProcessBuilder(driver.toString(), "--port=" + port)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      profile = Files.createTempDirectory("lexkit-chromium-");
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      waitUntilReady(base);
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("binary", browser.toString());
      options.put("args", List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
          "--window-size=1280,900"));
      Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch",
          Map.of("browserName", "chrome", "goog:chromeOptions", options)));
      JsonNode created = post(base.resolve("session"), capabilities);
      session = base.resolve("session/" + created.get("sessionId").asString() + "/");
      post(command("window/rect"), Map.of("width", 1280, "height", 900));
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot start " + driver, e);
    }
  }

  /**
   * Opens a file and waits until it has loaded.
   *
   * @param page an HTML file
   * @return this browser
   */
  @CanIgnoreReturnValue
  public Chromium open(Path page) {
    post(command("url"), Map.of("url", page.toAbsolutePath().toUri().toString()));
    return this;
  }

  /**
   * Sizes the window so that the page's viewport is {@code width} CSS pixels wide.
   *
   * @param width the viewport width, e.g. 1280 or 390
   * @param height the viewport height
   * @return this browser
   */
  @CanIgnoreReturnValue
  public Chromium resize(int width, int height) {
    post(command("window/rect"), Map.of("width", width, "height", height));
    // Headless windows have no frame, but set the device metrics too so that the viewport is exact.
    cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", width < 600));
    return this;
  }

  /**
   * Makes CSS apply {@code @media print} rules (or screen ones again).
   *
   * @param print whether to emulate print media
   * @return this browser
   */
  @CanIgnoreReturnValue
  public Chromium printMedia(boolean print) {
    cdp("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : "screen"));
    return this;
  }

  /**
   * Runs a script in the page (a function body: {@code return ...}) and returns its value as Java objects: strings,
   * {@code Long}/{@code Double}, {@code Boolean}, {@code List}, {@code Map}, or null.
   *
   * @param script the function body
   * @param arguments its {@code arguments}
   * @return the value
   */
  public @Nullable Object script(String script, Object... arguments) {
    JsonNode value = post(command("execute/sync"), Map.of("script", script, "args", List.of(arguments)));
    return JSON.treeToValue(value, Object.class);
  }

  /**
   * Saves a screenshot of the page from its top, as PNG: the whole page, or its first {@value #SCREENSHOT_HEIGHT}
   * CSS pixels when it is longer (a constitution rendered at 390 px is some 70,000 px tall, and encoding that costs
   * more than a person looking at the file gains).
   *
   * @param file where; its directory is created
   * @return this browser
   */
  @CanIgnoreReturnValue
  public Chromium screenshot(Path file) {
    Object size = script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
    List<?> widthAndHeight = size instanceof List<?> list ? list : List.of(1280L, 900L);
    long width = ((Number) widthAndHeight.get(0)).longValue();
    long height = Math.min(SCREENSHOT_HEIGHT, ((Number) widthAndHeight.get(1)).longValue());
    JsonNode shot = post(command("goog/cdp/execute"), Map.of("cmd", "Page.captureScreenshot",
        "params", Map.of("format", "png", "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1))));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return this;
  }

  /** Ends the session, stops the driver and deletes the profile. */
  @Override
  public void close() {
    if (session != null && http != null) {
      try {
        http.send(HttpRequest.newBuilder(session).timeout(TIMEOUT).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
      } catch (IOException | InterruptedException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
      session = null;
    }
    if (process != null) {
      process.destroy();
      process = null;
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        // a profile left in the temporary directory is harmless
      }
      profile = null;
    }
  }

  private void cdp(String command, Map<String, Object> params) {
    post(command("goog/cdp/execute"), Map.of("cmd", command, "params", params));
  }

  private URI command(String path) {
    if (session == null) {
      throw new IllegalStateException("the browser is not started (call start())");
    }
    return session.resolve(path);
  }

  private void waitUntilReady(URI base) throws IOException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> status = http().send(HttpRequest.newBuilder(base.resolve("status"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (status.statusCode() == 200 && JSON.readTree(status.body()).path("value").path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for chromedriver", e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for chromedriver", e);
      }
    }
    throw new IOException("chromedriver did not answer within " + TIMEOUT.toSeconds() + " s");
  }

  private JsonNode post(URI uri, Object body) {
    try {
      HttpResponse<String> response = http().send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode answer = JSON.readTree(response.body());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("WebDriver " + uri.getPath() + " failed (" + response.statusCode() + "): "
            + answer.path("value").path("message").asString(response.body()));
      }
      return answer.path("value");
    } catch (IOException e) {
      throw new UncheckedIOException("WebDriver " + uri.getPath() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during WebDriver " + uri.getPath(), e);
    }
  }

  private HttpClient http() {
    if (http == null) {
      throw new IllegalStateException("the browser is not started (call start())");
    }
    return http;
  }
}
