/**
 * Chat adapters around the engine. {@code command} is the one command facade every chat platform
 * (and later the web) calls, with typed arguments and results and no platform types;
 * {@code intake} takes channel posts and their edits into the pipeline; {@code notify} turns
 * committed engine state into direct messages through a persistent outbox; {@code telegram} is
 * the Telegram adapter, which only translates, formats and keeps to Telegram's limits.
 */
package io.tradewire.bot;
