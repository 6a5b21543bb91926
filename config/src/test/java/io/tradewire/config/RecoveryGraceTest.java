package io.tradewire.config;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.pipeline.Recovery;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovery's first pass takes every stored message (nothing live holds one yet); later passes
 * leave a young one to the live path (a chat bot reading its channel in order), and take it once
 * it is older than the grace.
 */
@MicronautTest(transactional = false)
class RecoveryGraceTest extends IntegrationTest {
    @Inject
    Setup setup;
    @Inject
    Recovery recovery;

    @Override
    protected boolean drivesRecovery() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("tradewire.pipeline.recovery.received-grace", "1h");
        return p;
    }

    @Test
    void aYoungStoredMessageIsLeftToTheLivePathAfterTheFirstPass() {
        var provider = setup.addProvider("test", Source.TELEGRAM, "@grace", "Grace");
        setup.addSubscriber("test", "gil", new BigDecimal("1000"));
        setup.follow("test", "gil", provider.id(), null,
                new CopySettings(SizingMode.FIXED_QUOTE, new BigDecimal("100"), null, false, null));
        exec("insert into inbox_messages (source, channel, message_id, text, received_at, status)"
                + " values ('TELEGRAM', '@grace', 'at-start', 'BTC/USDT LONG entry 40000 SL 39000', now(), 'RECEIVED')");

        assertThat(recovery.runOnce()).isPositive();
        assertThat(status("at-start")).isEqualTo("PARSED");

        exec("insert into inbox_messages (source, channel, message_id, text, received_at, status)"
                + " values ('TELEGRAM', '@grace', 'young', 'ETH/USDT LONG entry 2000 SL 1900', now(), 'RECEIVED')");
        recovery.runOnce();
        assertThat(status("young")).isEqualTo("RECEIVED");

        exec("update inbox_messages set received_at = now() - interval '2 hours' where message_id = 'young'");
        recovery.runOnce();
        assertThat(status("young")).isEqualTo("PARSED");
    }

    private String status(String messageId) {
        return text("select status from inbox_messages where message_id = '" + messageId + "'");
    }
}
