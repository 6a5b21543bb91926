package io.tradewire.config;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.tradewire.config.cli.TokenCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCommandTest {
    static final String SECRET = "token-test-secret-0123456789-0123456789";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void printsAnHs256TokenWithSubjectRoleAndExpiry() throws Exception {
        var out = new ByteArrayOutputStream();
        int code = new TokenCommand(SECRET, CLOCK).run(List.of("--role", "user", "--subject", "alice", "--days", "7"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isZero();
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.verify(new MACVerifier("some-other-secret-0123456789-0123456789".getBytes()))).isFalse();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("alice");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("user");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void badArgumentsSayWhatIsWrongAndExitTwo() {
        assertThat(fail("--role", "root", "--subject", "a")).contains("--role must be admin or user, got 'root'");
        assertThat(fail("--role", "admin")).contains("--subject must be");
        assertThat(fail("--role", "admin", "--subject", "bad name!")).contains("got 'bad name!'");
        assertThat(fail("--role", "admin", "--subject", "a", "--days", "x")).contains("--days must be a whole number");
        assertThat(fail("--colour", "red")).contains("unknown option '--colour'");
    }

    private static String fail(String... args) {
        var err = new ByteArrayOutputStream();
        var out = new ByteArrayOutputStream();
        int code = new TokenCommand(SECRET, CLOCK).run(List.of(args), new PrintStream(out),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
        return err.toString(StandardCharsets.UTF_8);
    }
}
