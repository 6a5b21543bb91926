package io.tradewire.bot.command;

/** A chat platform a user reaches Tradewire from. */
public enum Platform {
    TELEGRAM("@"), DISCORD("#");

    private final String mark;

    Platform(String mark) {
        this.mark = mark;
    }

    /** A channel's name as its users write it: {@code @channel} on Telegram, {@code #channel} on Discord. */
    public String handle(String name) {
        return mark + name;
    }

    /** The bare name of a handle written with either platform's mark (or none). */
    public static String bare(String handle) {
        return handle.startsWith("@") || handle.startsWith("#") ? handle.substring(1) : handle;
    }
}
