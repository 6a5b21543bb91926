package io.tradewire.config.localexchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small exchange on 127.0.0.1 for tests and the bench: a real HTTP server that speaks enough
 * of Binance's REST API v3 ({@code /api/v3/...}) and Bybit's v5 ({@code /v5/...}) for XChange's
 * own modules to trade against it, with HMAC signatures checked as the exchanges check them.
 * Switches: a latency on every call, and scripted faults on the next order requests (429 with
 * Retry-After, 5xx, insufficient balance, a timeout after the order reached the book).
 */
public final class LocalExchange implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, LocalAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, LocalInstrument> instruments = new ConcurrentHashMap<>();
    private final Queue<Fault> script = new ConcurrentLinkedQueue<>();
    private final LocalBook book = new LocalBook();
    private final Clock clock;
    private final AtomicLong requests = new AtomicLong();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration hang = Duration.ofSeconds(3);
    private volatile int retryAfterSeconds = 1;

    private LocalExchange(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
        LocalInstrument.defaults().forEach(this::list);
        BinanceApi binance = new BinanceApi(this);
        BybitApi bybit = new BybitApi(this);
        server.createContext("/api/v3/", ex -> serve(ex, binance::handle));
        server.createContext("/v5/", ex -> serve(ex, bybit::handle));
        server.setExecutor(threads);
    }

    /** Starts on 127.0.0.1 on a free port (0) or the given one. */
    public static LocalExchange start(int port, Clock clock) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
            LocalExchange exchange = new LocalExchange(server, clock);
            server.start();
            return exchange;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the local exchange on 127.0.0.1:" + port, e);
        }
    }

    /** The base URL both APIs answer on (Binance under /api/v3, Bybit under /v5). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Opens an account whose key may trade, with free balances per asset. */
    public LocalAccount addAccount(String apiKey, String secret, Map<String, BigDecimal> balances) {
        return addAccount(apiKey, secret, true, balances);
    }

    public LocalAccount addAccount(String apiKey, String secret, boolean canTrade, Map<String, BigDecimal> balances) {
        LocalAccount a = new LocalAccount(apiKey, secret, canTrade, balances);
        accounts.put(apiKey, a);
        return a;
    }

    public void list(LocalInstrument instrument) {
        instruments.put(instrument.symbol(), instrument);
    }

    /** Every call waits this long before it is answered. */
    public void latency(Duration latency) {
        this.latency = latency;
    }

    /** How long a {@link Fault#TIMEOUT_AFTER_BOOK} holds its reply back. */
    public void hang(Duration hang) {
        this.hang = hang;
    }

    public void retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
    }

    /** The next order requests meet these faults, one each, in order. */
    public void script(Fault... faults) {
        script.addAll(List.of(faults));
    }

    public void clearScript() {
        script.clear();
    }

    /** Orders on the book under this client order id: 1 after a reconciled timeout, never 2. */
    public int orders(String clientOrderId) {
        return book.count(clientOrderId);
    }

    /** Orders the exchange accepted since it started. */
    public long acceptedOrders() {
        return book.accepted();
    }

    /** Orders that arrived again under a client order id already on the book (the exchange refused them). */
    public long duplicateOrders() {
        return book.duplicates();
    }

    /** HTTP requests answered since it started (every endpoint). */
    public long requests() {
        return requests.get();
    }

    public Optional<LocalOrder> order(String apiKey, String clientOrderId) {
        return book.find(apiKey, clientOrderId);
    }

    Optional<LocalAccount> account(String apiKey) {
        return apiKey == null ? Optional.empty() : Optional.ofNullable(accounts.get(apiKey));
    }

    Optional<LocalInstrument> instrument(String symbol) {
        return symbol == null ? Optional.empty() : Optional.ofNullable(instruments.get(symbol));
    }

    List<LocalInstrument> instruments() {
        return instruments.values().stream().sorted(java.util.Comparator.comparing(LocalInstrument::symbol)).toList();
    }

    LocalBook book() {
        return book;
    }

    Fault nextFault() {
        return script.poll();
    }

    Duration hangFor() {
        return hang;
    }

    int retryAfter() {
        return retryAfterSeconds;
    }

    long now() {
        return clock.millis();
    }

    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private void serve(HttpExchange ex, Handler handler) {
        requests.incrementAndGet();
        try (ex) {
            pause(latency);
            handler.handle(ex);
        } catch (IOException | RuntimeException e) {
            try {
                Http.html(ex, 500, "local exchange error: " + e.getClass().getSimpleName());
            } catch (IOException | RuntimeException ignored) {
                // the client went away; nothing to answer
            }
        }
    }

    static void pause(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
