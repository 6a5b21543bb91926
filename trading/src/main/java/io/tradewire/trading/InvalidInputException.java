package io.tradewire.trading;

/** Input a caller must fix; the message names the field and what is allowed. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
