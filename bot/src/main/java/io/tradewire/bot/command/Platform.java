package io.tradewire.bot.command;

/** A chat platform a user reaches Tradewire from. */
public enum Platform {
    TELEGRAM, DISCORD
}
