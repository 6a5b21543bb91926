package io.tradewire.config;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.pipeline.Recovery;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash can stop the pipeline between any two steps. The state each step leaves is written
 * here directly, as a crashed process would have left it, and recovery must finish the work
 * exactly once.
 */
@MicronautTest(transactional = false)
class RecoveryTest extends IntegrationTest {
    @Inject
    Setup setup;
    @Inject
    Recovery recovery;

    @BeforeAll
    void setUp() {
        var provider = setup.addProvider("test", Source.TELEGRAM, "@crashy", "Crashy");
        setup.addSubscriber("test", "dora", new BigDecimal("1000"));
        setup.follow("test", "dora", provider.id(), null,
                new CopySettings(SizingMode.FIXED_QUOTE, new BigDecimal("100"), null, false, null));
    }

    @Test
    void aMessageStoredButNeverParsedIsParsedRoutedAndFilledOnce() {
        exec("insert into inbox_messages (source, channel, message_id, text, received_at, status)"
                + " values ('TELEGRAM', '@crashy', 'm1', 'BTC/USDT LONG entry 40000 SL 39000', now(), 'RECEIVED')");

        int first = recovery.runOnce();
        int second = recovery.runOnce();

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(sql("select count(*) from inbox_messages where message_id = 'm1' and status = 'PARSED'")).isEqualTo(1);
        assertThat(sql("select count(*) from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = 'm1' and s.routed")).isEqualTo(1);
        assertThat(sql("select count(*) from orders o join signals s on s.id = o.signal_id"
                + " join inbox_messages m on m.id = s.inbox_message_id where m.message_id = 'm1'"
                + " and o.status = 'FILLED'")).isEqualTo(1);
        assertThat(sql("select count(*) from fills")).isEqualTo(sql("select count(*) from orders where status = 'FILLED'"));
    }

    @Test
    void anOrderDecidedButNeverPlacedIsPlacedOnceAndAPlacedOneIsLeftAlone() {
        exec("insert into inbox_messages (id, source, channel, message_id, text, received_at, status)"
                + " values (900, 'TELEGRAM', '@crashy', 'm2', 'x', now(), 'PARSED')");
        exec("insert into signals (id, inbox_message_id, provider_id, kind, symbol, side, entry, parser, routed,"
                + " created_at) values (900, 900, (select id from providers where channel = '@crashy'), 'OPEN',"
                + " 'ETHUSDT', 'BUY', 2000, 'test', true, now())");
        exec("insert into decisions (id, signal_id, follow_id, subscriber_id, account_id, outcome, reason, created_at)"
                + " select 900, 900, f.id, f.subscriber_id, f.account_id, 'ORDERED', 'test', now() from follows f");
        exec("insert into orders (decision_id, signal_id, account_id, client_order_id, venue, symbol, side, type,"
                + " intent, quantity, reference_price, status, created_at, updated_at) select 900, 900, account_id,"
                + " 'crash-1', 'PAPER', 'ETHUSDT', 'BUY', 'MARKET', 'OPEN', 0.05, 2000, 'NEW', now(), now()"
                + " from decisions where id = 900");

        recovery.runOnce();
        recovery.runOnce();

        assertThat(sql("select count(*) from orders where client_order_id = 'crash-1' and status = 'FILLED'"))
                .isEqualTo(1);
        assertThat(sql("select count(*) from fills f join orders o on o.id = f.order_id"
                + " where o.client_order_id = 'crash-1'")).isEqualTo(1);
        assertThat(sql("select round(quantity * 100) from positions where symbol = 'ETHUSDT'")).isEqualTo(5);
    }

    @Override
    protected boolean drivesRecovery() {
        return true;
    }
}
