package io.tradewire.trading.venue.mt5.protocol;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of a frame's body (or of an object inside it). Every failure names the field by
 * its path, e.g. {@code body.volume}, and says what was expected: prices, volumes, tickets and
 * magic numbers must be strings, so a JSON number there is refused rather than rounded.
 */
public record Fields(String path, Map<String, Object> map) {

    public String text(String name) {
        Object v = map.get(name);
        if (v instanceof String s && !s.isEmpty()) {
            return s;
        }
        throw wrong(name, "a non-empty string", v);
    }

    public Optional<String> optText(String name) {
        return map.get(name) == null ? Optional.empty() : Optional.of(text(name));
    }

    /** An exact decimal written as a string, such as "0.10" or "1.08512". */
    public BigDecimal decimal(String name) {
        Object v = map.get(name);
        if (v instanceof String s) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw wrong(name, "a decimal string such as \"0.10\"", v);
            }
        }
        throw wrong(name, "a decimal string such as \"0.10\"", v);
    }

    public Optional<BigDecimal> optDecimal(String name) {
        return map.get(name) == null ? Optional.empty() : Optional.of(decimal(name));
    }

    /** A ticket or magic number: an unsigned 64-bit integer written as a string. */
    public String ticket(String name) {
        String s = text(name);
        try {
            Long.parseUnsignedLong(s);
            return s;
        } catch (NumberFormatException e) {
            throw wrong(name, "an unsigned 64-bit integer as a string", s);
        }
    }

    public Optional<String> optTicket(String name) {
        return map.get(name) == null ? Optional.empty() : Optional.of(ticket(name));
    }

    public boolean bool(String name) {
        if (map.get(name) instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true or false", map.get(name));
    }

    public int integer(String name) {
        if (map.get(name) instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        } else if (map.get(name) instanceof Integer i) {
            return i;
        }
        throw wrong(name, "a whole number", map.get(name));
    }

    /** A list of objects, each read with its index in the path. */
    @SuppressWarnings("unchecked")
    public List<Fields> objects(String name) {
        if (!(map.get(name) instanceof List<?> list)) {
            throw wrong(name, "a list", map.get(name));
        }
        java.util.ArrayList<Fields> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw wrong(name + "[" + i + "]", "an object", list.get(i));
            }
            out.add(new Fields(path + "." + name + "[" + i + "]", (Map<String, Object>) m));
        }
        return out;
    }

    /** A list of strings. */
    public List<String> texts(String name) {
        if (!(map.get(name) instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw wrong(name, "a list of strings", map.get(name));
        }
        return list.stream().map(String.class::cast).toList();
    }

    public boolean has(String name) {
        return map.get(name) != null;
    }

    private FrameException wrong(String name, String expected, @Nullable Object got) {
        String shown = switch (got) {
            case null -> "nothing";
            case String s -> "\"" + s + "\"";
            case BigDecimal d -> "the number " + d.toPlainString();
            case Boolean b -> b.toString();
            case Map<?, ?> m -> "an object";
            case List<?> l -> "a list";
            default -> got.toString();
        };
        return new FrameException(path + "." + name + " must be " + expected + ", got " + shown);
    }
}
