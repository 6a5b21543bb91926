package io.tradewire.trading.venue.mt5.protocol;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The frame format of docs/mt5-bridge.md, and the error each kind of bad frame gets. */
class FrameCodecTest {
    static final Instant NOW = Instant.parse("2026-11-23T20:48:15.123Z");

    @Test
    void aRequestRoundTripsWithExactDecimalsAnd64BitTickets() {
        Frame req = Frame.request("tw-1", Op.OPEN, NOW, NOW.plusSeconds(5), Map.of("volume", "0.10",
                "magic", "18446744073709551615", "price", "1.08512"));
        String text = FrameCodec.encode(req);
        assertThat(text).startsWith("{\"v\":1,\"kind\":\"request\",\"id\":\"tw-1\",\"op\":\"open\","
                + "\"ts\":\"2026-11-23T20:48:15.123Z\",\"expires\":\"2026-11-23T20:48:20.123Z\",\"body\":{");

        Frame back = FrameCodec.decode(text);
        assertThat(back).isEqualTo(req);
        assertThat(back.fields().decimal("volume")).isEqualTo(new BigDecimal("0.10"));
        assertThat(back.fields().ticket("magic")).isEqualTo("18446744073709551615");
    }

    @Test
    void aReplyCarriesStatusRetcodeAndRetryable() {
        Frame req = Frame.request("tw-2", Op.OPEN, NOW, NOW.plusSeconds(5), Map.of());
        Frame reply = FrameCodec.decode(FrameCodec.encode(req.reply(NOW, Status.REJECTED, 10019, false, "no money",
                Map.of())));
        assertThat(reply.kind()).isEqualTo(Kind.REPLY);
        assertThat(reply.id()).isEqualTo("tw-2");
        assertThat(reply.status()).isEqualTo(Status.REJECTED);
        assertThat(reply.fields().integer("retcode")).isEqualTo(10019);
        assertThat(reply.fields().bool("retryable")).isFalse();
    }

    @Test
    void aVolumeSentAsANumberIsRefusedNotRounded() {
        Frame f = FrameCodec.decode("{\"v\":1,\"kind\":\"request\",\"id\":\"a\",\"op\":\"open\",\"ts\":\"" + NOW
                + "\",\"expires\":\"" + NOW + "\",\"body\":{\"volume\":0.1}}");
        assertThatThrownBy(() -> f.fields().decimal("volume")).isInstanceOf(FrameException.class)
                .hasMessage("body.volume must be a decimal string such as \"0.10\", got the number 0.1");
    }

    @Test
    void aTicketThatIsNotAnUnsigned64BitIntegerIsRefused() {
        Frame f = Frame.request("a", Op.CANCEL, NOW, NOW, Map.of("magic", "-5"));
        assertThatThrownBy(() -> f.fields().ticket("magic"))
                .hasMessage("body.magic must be an unsigned 64-bit integer as a string, got \"-5\"");
    }

    @Test
    void aRequestWithoutExpiryIsRefusedSoItCanNeverRunLate() {
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,\"kind\":\"request\",\"id\":\"a\",\"op\":\"open\","
                + "\"ts\":\"" + NOW + "\",\"body\":{}}"))
                .isInstanceOf(FrameException.class)
                .hasMessage("frame.expires is required on a request, so it can never run late");
    }

    @Test
    void eachBrokenEnvelopeNamesItsField() {
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":2,\"kind\":\"request\"}"))
                .hasMessage("frame.v 2 is not supported; this side speaks version 1");
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,\"kind\":\"shout\",\"id\":\"a\"}"))
                .hasMessage("frame.kind must be request, reply or event, got 'shout'");
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,\"kind\":\"event\",\"id\":\"a\",\"op\":\"buy\"}"))
                .hasMessageStartingWith("unknown op 'buy'; the ops are hello, heartbeat, ping");
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,\"kind\":\"event\",\"id\":\"a\",\"op\":\"ping\","
                + "\"ts\":\"yesterday\",\"body\":{}}"))
                .hasMessage("frame.ts must be an ISO-8601 UTC time such as 2026-11-23T20:48:15.123Z, got 'yesterday'");
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,\"kind\":\"event\",\"id\":\"a\",\"op\":\"ping\","
                + "\"ts\":\"" + NOW + "\",\"body\":[]}"))
                .hasMessage("frame.body must be an object, got []");
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,"))
                .hasMessageStartingWith("the frame is not valid JSON: ");
        assertThatThrownBy(() -> FrameCodec.decode("[1]")).hasMessage("a frame must be a JSON object");
        assertThatThrownBy(() -> FrameCodec.decode("{\"v\":1,\"kind\":\"event\",\"id\":\"" + "x".repeat(65) + "\"}"))
                .hasMessage("frame.id is 65 characters; at most 64");
    }

    @Test
    void aRequestIsExpiredOnlyAfterItsExpiry() {
        Frame f = Frame.request("a", Op.OPEN, NOW, NOW.plusSeconds(5), Map.of());
        assertThat(f.expiredAt(NOW.plusSeconds(5))).isFalse();
        assertThat(f.expiredAt(NOW.plusSeconds(5).plusMillis(1))).isTrue();
    }

    @Test
    void retcodesMapToStatusesAsTheDocumentSays() {
        assertThat(RetCodes.meaning(10009, false)).isEqualTo(new RetCodes.Meaning(Status.FILLED, false));
        assertThat(RetCodes.meaning(10009, true)).isEqualTo(new RetCodes.Meaning(Status.PLACED, false));
        assertThat(RetCodes.meaning(10010, false).status()).isEqualTo(Status.PARTIAL);
        for (int retryable : new int[] {10004, 10020, 10021, 10024}) {
            assertThat(RetCodes.meaning(retryable, false)).isEqualTo(new RetCodes.Meaning(Status.REJECTED, true));
        }
        assertThat(RetCodes.meaning(10012, false).status()).isEqualTo(Status.UNKNOWN);
        assertThat(RetCodes.meaning(10031, false).status()).isEqualTo(Status.UNKNOWN);
        assertThat(RetCodes.meaning(10030, false)).isEqualTo(new RetCodes.Meaning(Status.REJECTED, false));
        assertThat(RetCodes.meaning(10019, false)).isEqualTo(new RetCodes.Meaning(Status.REJECTED, false));
        assertThat(RetCodes.describe(10019)).isEqualTo("10019 not enough money");
    }

    @Test
    void aStampIsTaggedDeterministicAndFitsMt5sComment() {
        Stamp a = Stamp.of("tw0123456789abcdef0123456789abcd");
        assertThat(Stamp.of("tw0123456789abcdef0123456789abcd")).isEqualTo(a);
        assertThat(a.comment()).hasSize(31).isEqualTo("tw0123456789abcdef0123456789abc");
        assertThat(Stamp.isOurs(a.magic())).isTrue();
        assertThat(Stamp.isOurs("123456")).isFalse();
        assertThat(Stamp.of("tw-other").magic()).isNotEqualTo(a.magic());
    }
}
