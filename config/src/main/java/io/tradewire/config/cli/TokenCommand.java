package io.tradewire.config.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code token --role admin|user --subject NAME [--days N]}: prints a signed API token. */
public final class TokenCommand {
    static final Set<String> ROLES = Set.of("admin", "user");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private final String secret;
    private final Clock clock;

    public TokenCommand(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        String role = null;
        String subject = null;
        int days = 30;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (flag) {
                case "--role" -> role = value;
                case "--subject" -> subject = value;
                case "--days" -> {
                    try {
                        days = Integer.parseInt(String.valueOf(value));
                    } catch (NumberFormatException e) {
                        return fail(err, "--days must be a whole number of days, got '" + value + "'");
                    }
                }
                default -> {
                    return fail(err, "unknown option '" + flag + "'");
                }
            }
            i++;
        }
        if (role == null || !ROLES.contains(role)) {
            return fail(err, "--role must be admin or user, got " + (role == null ? "nothing" : "'" + role + "'"));
        }
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            return fail(err, "--subject must be 1 to 64 letters, digits or _ . @ -, got "
                    + (subject == null ? "nothing" : "'" + subject + "'"));
        }
        if (days < 1 || days > 3650) {
            return fail(err, "--days must be between 1 and 3650, got " + days);
        }
        out.println(sign(role, subject, Duration.ofDays(days)));
        return 0;
    }

    public String sign(String role, String subject, Duration validity) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer("tradewire")
                .claim("roles", List.of(role)).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    private static int fail(PrintStream err, String message) {
        err.println("token: " + message);
        err.println("usage: token --role admin|user --subject NAME [--days N]");
        return 2;
    }
}
