package io.tradewire.config.execution;

import io.tradewire.config.IntegrationTest;
import io.tradewire.config.Sql;
import io.tradewire.config.TestDatabases;
import io.tradewire.config.cli.TokenCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine as a real process, killed with SIGKILL in the middle of fan-outs to 40 followers
 * (before the post is stored, mid-routing, and after some orders reached the venue), started
 * again each time. The simulated venue keeps its book in the database, so it outlives the engine
 * like an exchange; at the end every follower's order of every post is on it exactly once.
 */
class ProcessKillTest {
    static final int FOLLOWERS = 40;
    /** venue orders of the current post after which the engine is killed; -1: 40 ms after posting */
    static final int[] KILL_AFTER = {-1, 1, 12, 30};

    @TempDir
    Path dataDir;

    private final String databaseUrl = TestDatabases.freshUrl();
    private final String admin = "Bearer " + new TokenCommand(IntegrationTest.JWT_SECRET, Clock.systemUTC())
            .sign("admin", "ops", Duration.ofHours(1));
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;
    private int starts;

    @Test
    void killedMidFanOutAgainAndAgainEveryOrderReachesTheVenueExactlyOnce() throws Exception {
        Process engine = start();
        setUpFollowers();
        java.util.List<long[]> atKill = new java.util.ArrayList<>(); // per kill: at the venue, booked
        for (int round = 0; round < KILL_AFTER.length; round++) {
            long before = sql("select count(*) from sim_venue_orders");
            CompletableFuture<?> posting = CompletableFuture.runAsync(post(round));
            if (KILL_AFTER[round] < 0) {
                Thread.sleep(40);
            } else {
                awaitVenueOrders(before + KILL_AFTER[round], posting);
            }
            engine.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            posting.exceptionally(e -> null).join();
            atKill.add(new long[] {sql("select count(*) from sim_venue_orders") - before,
                    sql("select count(*) from orders o join signals s on s.id = o.signal_id join inbox_messages m"
                    + " on m.id = s.inbox_message_id where m.message_id = 'kill-" + round + "' and o.status = 'FILLED'"
                    + " and o.intent = 'OPEN'")});
            engine = start();
        }
        // a platform delivers again what it never saw acknowledged; the inbox knows what it has
        for (int round = 0; round < KILL_AFTER.length; round++) {
            post(round).run();
        }
        awaitAllWorkDone(engine);
        engine.destroy();
        engine.waitFor(40, TimeUnit.SECONDS);

        long posts = KILL_AFTER.length;
        assertThat(sql("select count(*) from inbox_messages")).isEqualTo(posts);
        assertThat(sql("select count(*) from orders where intent = 'OPEN'")).as(() -> "orders; decisions: " + text(
                "select string_agg(outcome || ' ' || reason, '; ') from decisions") + "; signals: "
                + text("select string_agg(kind || ' ' || coalesce(reason, ''), '; ') from signals") + "; follows: "
                + sql("select count(*) from follows")).isEqualTo(posts * FOLLOWERS);
        assertThat(sql("select count(*) from orders where intent = 'OPEN' and status = 'FILLED'"))
                .isEqualTo(posts * FOLLOWERS);
        // each entry's stop waits in the engine (the simulated venue keeps no exits), armed by its fill
        assertThat(sql("select count(*) from orders where intent = 'CLOSE' and status = 'WATCHING' and armed"))
                .isEqualTo(posts * FOLLOWERS);
        assertThat(sql("select count(*) from sim_venue_orders")).as("orders at the venue").isEqualTo(posts * FOLLOWERS);
        assertThat(sql("select count(*) from (select client_order_id from sim_venue_orders group by client_order_id"
                + " having count(*) > 1) d")).as("client order ids placed twice").isZero();
        assertThat(sql("select count(*) from orders o where o.intent = 'OPEN' and not exists (select 1 from sim_venue_orders v"
                + " where v.client_order_id = o.client_order_id)")).isZero();
        assertThat(sql("select count(*) from fills")).isEqualTo(posts * FOLLOWERS);
        assertThat(starts).isEqualTo(KILL_AFTER.length + 1);
        // the kills did land mid-way: some posts had orders at the venue that the engine had not booked
        assertThat(atKill).as("a kill left orders on the venue that the engine had not booked")
                .anyMatch(k -> k[0] > k[1]);
        assertThat(atKill).as("a kill came before any order of its post").anyMatch(k -> k[0] == 0);
    }

    private Runnable post(int round) {
        String body = "{\"source\":\"rest\",\"channel\":\"kill\",\"message_id\":\"kill-" + round + "\","
                + "\"text\":\"BTC/USDT LONG entry " + (40000 + round) + " SL 39000\"}";
        return () -> {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/signals"))
                        .header("Authorization", admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // the engine died under the request: the client never heard back, as in production
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private void setUpFollowers() {
        exec("insert into providers (source, channel, name, created_at) values ('REST', 'kill', 'Kill', now())");
        for (int i = 0; i < FOLLOWERS; i++) {
            exec("insert into subscribers (name, created_at) values ('k" + i + "', now())");
            exec("insert into venue_accounts (subscriber_id, venue, label, currency, cash, peak_cash, created_at)"
                    + " select id, 'SIM', 'sim', 'USDT', 10000, 10000, now() from subscribers where name = 'k" + i + "'");
            exec("insert into follows (subscriber_id, provider_id, account_id, sizing_mode, sizing_value, created_at)"
                    + " select a.subscriber_id, p.id, a.id, 'FIXED_QUOTE', 100, now() from venue_accounts a,"
                    + " providers p join subscribers s on true where s.name = 'k" + i + "'"
                    + " and a.subscriber_id = s.id and p.channel = 'kill'");
        }
    }

    private void awaitVenueOrders(long count, CompletableFuture<?> posting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sql("select count(*) from sim_venue_orders") < count && !posting.isDone()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the venue never saw " + count + " orders:\n" + log());
            }
            Thread.sleep(2);
        }
    }

    private void awaitAllWorkDone(Process engine) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!engine.isAlive()) {
                throw new AssertionError("engine exited:\n" + log());
            }
            if (sql("select count(*) from inbox_messages where status = 'RECEIVED'")
                    + sql("select count(*) from signals where not routed")
                    + sql("select count(*) from orders where status in ('NEW', 'SENDING')") == 0
                    && sql("select count(*) from inbox_messages") == KILL_AFTER.length) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("unfinished work remained after 60 s:\n" + log());
    }

    private Process start() throws Exception {
        port = freePort();
        starts++;
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.tradewire.config.Main", "serve")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("engine.log").toFile()));
        var env = pb.environment();
        env.put("TRADEWIRE_DATA_DIR", dataDir.toString());
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.put("DATASOURCES_DEFAULT_URL", databaseUrl);
        env.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        env.put("TRADEWIRE_JWT_SECRET", IntegrationTest.JWT_SECRET);
        env.put("TRADEWIRE_SIM_ENABLED", "true");
        env.put("TRADEWIRE_SIM_BOOK", "database");
        env.put("TRADEWIRE_SIM_LATENCY", "25ms");
        env.put("TRADEWIRE_SIM_FAULT_RATE", "0.1");
        env.put("TRADEWIRE_SIM_RETRY_AFTER", "50ms");
        env.put("TRADEWIRE_EXECUTION_LEASE", "1s");
        env.put("TRADEWIRE_EXECUTION_VENUE_TIMEOUT", "400ms");
        env.put("TRADEWIRE_EXECUTION_INITIAL_BACKOFF", "20ms");
        env.put("TRADEWIRE_EXECUTION_MAX_BACKOFF", "100ms");
        env.put("TRADEWIRE_EXECUTION_MAX_ATTEMPTS", "50");
        env.put("TRADEWIRE_EXECUTION_DISABLE_ACCOUNT_AFTER", "0");
        env.put("TRADEWIRE_EXECUTION_BREAKER_OPEN_FOR", "100ms");
        env.put("TRADEWIRE_EXECUTION_POLL_INTERVAL", "100ms");
        env.put("TRADEWIRE_PIPELINE_RECOVERY_INITIAL_DELAY", "100ms");
        env.put("TRADEWIRE_PIPELINE_RECOVERY_INTERVAL", "300ms");
        Process p = pb.start();
        awaitHealth(p);
        return p;
    }

    private void awaitHealth(Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("engine exited early:\n" + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(30);
        }
        throw new AssertionError("engine not healthy within 60 s:\n" + log());
    }

    private String log() {
        try {
            String all = Files.readString(dataDir.resolve("engine.log"));
            return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private long sql(String query) {
        return Sql.number(databaseUrl, query);
    }

    private String text(String query) {
        return Sql.text(databaseUrl, query);
    }

    private void exec(String statement) {
        Sql.exec(databaseUrl, statement);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
