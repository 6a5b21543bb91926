package io.tradewire.bot.command;

/**
 * The port /link hands exchange keys and MT5 requests to. Its implementation belongs to the
 * venues (the XChange venue stores keys encrypted; the MT5 bridge issues link tokens); until
 * one is present, {@link UnavailableAccountLinking} answers that they are not available.
 * The keys in a request are secrets: an implementation must neither log nor echo them.
 */
public interface AccountLinking {
    LinkResult linkExchange(Long subscriberId, String actor, LinkRequest.Exchange request);

    LinkResult linkMt5(Long subscriberId, String actor, LinkRequest.Mt5 request);
}
