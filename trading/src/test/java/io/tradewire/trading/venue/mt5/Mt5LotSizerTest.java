package io.tradewire.trading.venue.mt5;

import io.tradewire.trading.venue.mt5.protocol.SymbolSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lots from a risk amount and a stop distance, with the worked numbers of docs/mt5-bridge.md.
 * Loss per lot = stop / tick size x tick value; lots = risk / loss per lot, floored to the step.
 */
class Mt5LotSizerTest {
    static final BigDecimal RISK = new BigDecimal("100");

    @Test
    void eurusdRisking100UsdOverA25PipStopIs040Lots() {
        SymbolSpec eurusd = Mt5Catalogue.find("EURUSD").orElseThrow();
        // 0.00250 / 0.00001 = 250 ticks x 1 USD = 250 USD per lot; 100 / 250 = 0.4
        var r = Mt5LotSizer.fromRisk(RISK, new BigDecimal("0.00250"), eurusd.tickValue(), eurusd.tickSize(),
                Mt5LotSizer.Volume.of(eurusd));
        assertThat(r).isInstanceOfSatisfying(Mt5LotSizer.Lots.class, l -> {
            assertThat(l.lots()).isEqualByComparingTo("0.40");
            assertThat(l.lossPerLot()).isEqualByComparingTo("250");
        });
    }

    @Test
    void usdjpyAt160Risking100UsdOverA50PipStopIs032Lots() {
        SymbolSpec usdjpy = Mt5Catalogue.withPrice(Mt5Catalogue.find("USDJPY").orElseThrow(),
                new BigDecimal("160.000"), new BigDecimal("160.012"));
        // a tick (0.001 JPY) on 100000 USD is 100 JPY = 100 / 160 = 0.625 USD
        assertThat(usdjpy.tickValue()).isEqualByComparingTo("0.625");
        // 0.500 / 0.001 = 500 ticks x 0.625 = 312.5 USD per lot; 100 / 312.5 = 0.32
        var r = Mt5LotSizer.fromRisk(RISK, new BigDecimal("0.500"), usdjpy.tickValue(), usdjpy.tickSize(),
                Mt5LotSizer.Volume.of(usdjpy));
        assertThat(r).isInstanceOfSatisfying(Mt5LotSizer.Lots.class, l -> {
            assertThat(l.lots()).isEqualByComparingTo("0.32");
            assertThat(l.lossPerLot()).isEqualByComparingTo("312.5");
        });
    }

    @Test
    void xauusdRisking100UsdOverA5UsdStopIs020Lots() {
        SymbolSpec gold = Mt5Catalogue.find("XAUUSD").orElseThrow();
        // 100 oz contract: 5.00 / 0.01 = 500 ticks x 1 USD = 500 USD per lot; 100 / 500 = 0.2
        var r = Mt5LotSizer.fromRisk(RISK, new BigDecimal("5.00"), gold.tickValue(), gold.tickSize(),
                Mt5LotSizer.Volume.of(gold));
        assertThat(r).isInstanceOfSatisfying(Mt5LotSizer.Lots.class, l -> assertThat(l.lots()).isEqualByComparingTo("0.20"));
    }

    @Test
    void aResultBetweenStepsIsFlooredNeverRoundedUp() {
        SymbolSpec eurusd = Mt5Catalogue.find("EURUSD").orElseThrow();
        // 100 / (330 ticks x 1) = 0.30303... -> 0.30, not 0.31 (that would risk 102.30)
        var r = Mt5LotSizer.fromRisk(RISK, new BigDecimal("0.00330"), eurusd.tickValue(), eurusd.tickSize(),
                Mt5LotSizer.Volume.of(eurusd));
        assertThat(((Mt5LotSizer.Lots) r).lots()).isEqualByComparingTo("0.30");
    }

    @Test
    void belowTheMinimumIsRefusedWithTheNumbers() {
        SymbolSpec gold = Mt5Catalogue.find("XAUUSD").orElseThrow();
        var r = Mt5LotSizer.fromRisk(new BigDecimal("2"), new BigDecimal("5.00"), gold.tickValue(), gold.tickSize(),
                Mt5LotSizer.Volume.of(gold));
        assertThat(r).isInstanceOfSatisfying(Mt5LotSizer.Refused.class, f -> assertThat(f.reason()).isEqualTo(
                "0.004 lots is below the minimum 0.01 lots (step 0.01): risk 2 over a stop of 5 (500 ticks of 0.01 at 1)"
                        + " loses 500 per lot"));
    }

    @Test
    void aboveTheMaximumIsCappedAndSaysSo() {
        SymbolSpec gold = Mt5Catalogue.find("XAUUSD").orElseThrow();
        var r = Mt5LotSizer.fromRisk(new BigDecimal("1000000"), new BigDecimal("5.00"), gold.tickValue(),
                gold.tickSize(), Mt5LotSizer.Volume.of(gold));
        assertThat(r).isInstanceOfSatisfying(Mt5LotSizer.Lots.class, l -> {
            assertThat(l.lots()).isEqualByComparingTo("50");
            assertThat(l.explanation()).endsWith("capped at the maximum 50 lots");
        });
    }

    @Test
    void aZeroStopOrRiskIsRefusedByName() {
        SymbolSpec gold = Mt5Catalogue.find("XAUUSD").orElseThrow();
        var v = Mt5LotSizer.Volume.of(gold);
        assertThat(((Mt5LotSizer.Refused) Mt5LotSizer.fromRisk(RISK, BigDecimal.ZERO, gold.tickValue(),
                gold.tickSize(), v)).reason()).isEqualTo("the stop distance must be above zero, got 0");
        assertThat(((Mt5LotSizer.Refused) Mt5LotSizer.fromRisk(BigDecimal.ZERO, BigDecimal.ONE, gold.tickValue(),
                gold.tickSize(), v)).reason()).isEqualTo("the risk amount must be above zero, got 0");
    }

    @Test
    void theEnginesUnitsAreLotsTimesTheContractSize() {
        SymbolSpec eurusd = Mt5Catalogue.find("EURUSD").orElseThrow();
        var v = Mt5LotSizer.Volume.of(eurusd);
        assertThat(((Mt5LotSizer.Lots) Mt5LotSizer.fromQuantity(new BigDecimal("40000"), eurusd.contractSize(), v))
                .lots()).isEqualByComparingTo("0.4");
        assertThat(((Mt5LotSizer.Lots) Mt5LotSizer.fromQuantity(new BigDecimal("40999"), eurusd.contractSize(), v))
                .lots()).isEqualByComparingTo("0.4");
        assertThat(((Mt5LotSizer.Refused) Mt5LotSizer.fromQuantity(new BigDecimal("900"), eurusd.contractSize(), v))
                .reason()).isEqualTo("0.009 lots is below the minimum 0.01 lots (step 0.01): 900 units at a contract"
                + " size of 100000 is 0.009 lots");
        assertThat(Mt5LotSizer.toQuantity(new BigDecimal("0.20"), new BigDecimal("100"))).isEqualByComparingTo("20");
    }
}
