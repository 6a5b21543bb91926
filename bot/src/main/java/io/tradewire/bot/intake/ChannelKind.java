package io.tradewire.bot.intake;

/** Where posts come from: a broadcast channel (the bot is its admin) or a group chat. */
public enum ChannelKind {
    CHANNEL, GROUP
}
