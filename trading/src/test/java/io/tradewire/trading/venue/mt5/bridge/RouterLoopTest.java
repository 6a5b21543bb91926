package io.tradewire.trading.venue.mt5.bridge;

import io.tradewire.trading.venue.mt5.protocol.Frame;
import io.tradewire.trading.venue.mt5.protocol.FrameCodec;
import io.tradewire.trading.venue.mt5.protocol.Kind;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.protocol.Status;
import io.tradewire.trading.venue.mt5.standin.ReplyMemory;
import io.tradewire.trading.venue.mt5.standin.SimAccount;
import io.tradewire.trading.venue.mt5.standin.StandInTerminal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The ROUTER socket thread with real stand-in terminals connecting to it on 127.0.0.1. */
class RouterLoopTest {

    @Test
    void manyTerminalsConnectOneAfterAnotherAndEachGetsItsHelloAnswered() throws Exception {
        AtomicReference<RouterLoop> loop = new AtomicReference<>();
        java.util.Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (RouterLoop router = new RouterLoop("tcp://127.0.0.1:*", null, (identity, text) -> {
            Frame f = FrameCodec.decode(text);
            ids.add(new String(identity));
            if (f.kind() == Kind.REQUEST && f.op() == Op.HELLO) {
                loop.get().send(identity, FrameCodec.encode(f.reply(Clock.systemUTC().instant(), Status.OK, 0, false,
                        "hi", Map.of("server_time", Clock.systemUTC().instant().toString()))));
            }
        })) {
            loop.set(router);
            List<StandInTerminal> terminals = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                SimAccount account = new SimAccount(SimAccount.Mode.HEDGING, "USD", BigDecimal.TEN, 100, "1", "s",
                        Clock.systemUTC());
                StandInTerminal t = new StandInTerminal(new StandInTerminal.Options(router.endpoint(), "twl_x",
                        Duration.ofMillis(100), null), account, new ReplyMemory(10, null), Clock.systemUTC()).start();
                terminals.add(t);
                if (i % 3 == 0) {
                    continue; // some stay connected, some go away, as in the bridge tests
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (!t.linked() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(t.linked()).as("terminal " + i + " linked; identities seen " + ids.size()).isTrue();
                if (i % 2 == 0) {
                    t.close();
                }
            }
            terminals.forEach(StandInTerminal::close);
        }
    }
}
