package io.tradewire.bot.command;

import java.util.List;

/** Every chat command with its arguments and what it does: /help and the platforms' command menus. */
public final class CommandCatalog {
    public static final List<Views.CommandInfo> ALL = List.of(
            info("start", "", "register and get a paper account"),
            info("help", "", "what each command does"),
            info("link", "paper [label] [balance] | exchange <name> [<key> <secret> [label] [passphrase=...]] | mt5 [label]",
                    "add an account (keys only in a private chat)"),
            info("accounts", "", "your accounts and balances"),
            info("providers", "", "known channels and their record"),
            info("follow", "<@channel> [account]", "copy a channel's signals"),
            info("unfollow", "<@channel> [account]", "stop copying a channel"),
            info("following", "", "what you copy, with its settings"),
            info("risk", "[@channel] [key=value ...]", "show or set risk settings"),
            info("pause", "", "stop new entries, keep managing open trades"),
            info("resume", "", "allow new entries again"),
            info("positions", "", "open positions"),
            info("orders", "", "latest orders"),
            info("pnl", "[today|week|month|all]", "profit and loss"),
            info("history", "", "latest closed trades"),
            info("close", "<symbol|all>", "close positions at market (asks first)"),
            info("panic", "", "emergency stop: close everything, pause (asks first)"),
            info("why", "[signal]", "what a post was read as and why it was copied or not"),
            info("notify", "[kind|all] [on|silent|off]", "choose which notices you get"),
            admin("killswitch", "[on <reason>|off]", "the global kill switch"),
            admin("pausesub", "<subscriber>", "pause a subscriber's new entries"),
            admin("resumesub", "<subscriber>", "resume a subscriber"));

    private CommandCatalog() {
    }

    public static List<Views.CommandInfo> forUsers() {
        return ALL.stream().filter(c -> !c.adminOnly()).toList();
    }

    private static Views.CommandInfo info(String name, String args, String description) {
        return new Views.CommandInfo(name, args, description, false);
    }

    private static Views.CommandInfo admin(String name, String args, String description) {
        return new Views.CommandInfo(name, args, description, true);
    }
}
