package io.tradewire.bot.command;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** Settings of the chat front ends that do not depend on the platform ({@code tradewire.chat.*}). */
@ConfigurationProperties("tradewire.chat")
public interface ChatConfig {
    /** How long a /close or /panic button can be pressed; after that it does nothing. */
    @Bindable(defaultValue = "2m")
    Duration getConfirmWithin();
}
