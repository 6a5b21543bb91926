package io.tradewire.config.mt5;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.mt5.bridge.Liveness;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.protocol.Frame;
import io.tradewire.trading.venue.mt5.protocol.FrameCodec;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.standin.SimAccount;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With CURVE keys configured, a terminal that knows the server's public key links; a plain one gets nothing. */
@MicronautTest(transactional = false)
class Mt5CurveTest extends IntegrationTest {
    static final ZMQ.Curve.KeyPair SERVER = ZMQ.Curve.generateKeyPair();

    @Inject
    Setup setup;
    @Inject
    Mt5Links links;
    @Inject
    Mt5Bridge bridge;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("tradewire.mt5.enabled", "true");
        p.put("tradewire.mt5.bind", "tcp://127.0.0.1:*");
        p.put("tradewire.mt5.curve-secret-key", SERVER.secretKey);
        p.put("tradewire.mt5.curve-public-key", SERVER.publicKey);
        return p;
    }

    @Test
    void aTerminalWithTheServersPublicKeyLinksAndAnswers() {
        Mt5Rig r = new Mt5Rig(setup, links, bridge, "curved", SimAccount.Mode.HEDGING, new BigDecimal("1000"), "",
                Map.of());
        r.connect(SERVER.publicKey);
        try {
            assertThat(bridge.liveness(r.accountId)).isEqualTo(Liveness.UP);
            assertThat(bridge.call(r.accountId, Op.PING, Map.of()))
                    .isInstanceOf(io.tradewire.trading.venue.mt5.bridge.CallResult.Answered.class);
        } finally {
            r.disconnect();
        }
    }

    @Test
    void aPlainTerminalCannotEvenSayHello() {
        Mt5Rig r = new Mt5Rig(setup, links, bridge, "plain", SimAccount.Mode.HEDGING, new BigDecimal("1000"), "",
                Map.of());
        try (ZContext ctx = new ZContext(1)) {
            ZMQ.Socket dealer = ctx.createSocket(SocketType.DEALER);
            dealer.setLinger(0);
            dealer.setReceiveTimeOut(2000);
            dealer.connect(bridge.endpoint());
            Instant now = Instant.now();
            dealer.send(FrameCodec.encode(Frame.request("hello-plain", Op.HELLO, now, now.plusSeconds(5),
                    Map.of("token", r.token, "login", "1", "server", "s", "currency", "USD", "margin_mode", "hedging",
                            "connected", true, "trade_allowed", true))).getBytes(StandardCharsets.UTF_8), 0);

            assertThat(dealer.recv(0)).as("no reply without the CURVE handshake").isNull();
            assertThat(bridge.liveness(r.accountId)).isEqualTo(Liveness.DOWN);
        }
    }
}
