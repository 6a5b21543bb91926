package io.tradewire.trading.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientOrderIdsTest {
    @Test
    void theSameSignalFollowAndLegAlwaysGiveTheSameIdAndAnyChangeAnother() {
        String id = ClientOrderIds.of(7, 3, "0");
        assertThat(ClientOrderIds.of(7, 3, "0")).isEqualTo(id);
        assertThat(ClientOrderIds.of(7, 3, "1")).isNotEqualTo(id);
        assertThat(ClientOrderIds.of(73, 0, "0")).isNotEqualTo(ClientOrderIds.of(7, 30, "0"));
        assertThat(id).hasSize(32).matches("tw[0-9a-f]{30}");
    }
}
