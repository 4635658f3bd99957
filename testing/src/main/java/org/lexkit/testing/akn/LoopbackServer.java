package org.lexkit.testing.akn;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on the loopback interface that answers every request with an entity declaration
 * ({@code <!ENTITY leak "LEAKED">}) and counts the requests: a hardened reader must leave the count at zero.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free loopback port. */
  public static LoopbackServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      LoopbackServer loopback = new LoopbackServer(server);
      server.createContext("/", exchange -> {
        loopback.requests.incrementAndGet();
        byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes(UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
      return loopback;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a URL on this server, e.g. {@code http://127.0.0.1:41234/x}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
  }

  /** Returns how many requests reached the server. */
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
