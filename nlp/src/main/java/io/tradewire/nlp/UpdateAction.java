package io.tradewire.nlp;

/** What a follow-up asks for. */
public enum UpdateAction {
    CLOSE, CLOSE_PARTIAL, MOVE_SL, CANCEL, TP_HIT, SL_HIT, ENTRY_HIT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
