/**
 * Signal to orders: providers, followers, accounts, risk rules, sizing, the fan-out, venues,
 * positions. Free of chat, web and billing types (an ArchUnit test keeps it so).
 */
package io.tradewire.trading;
