/**
 * Telegram and Discord adapters: channel posts into the pipeline, slash commands onto the
 * command facade, DMs out. Not built yet; posts enter over REST until then.
 */
package io.tradewire.bot;
