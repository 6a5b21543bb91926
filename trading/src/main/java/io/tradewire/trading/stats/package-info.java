/**
 * Results: open positions marked to the latest price, and the realised record (win rate, R,
 * profit factor, expectancy, drawdown, Sharpe, Sortino) of a follow, a subscriber or a provider.
 *
 * <p>The definitions, in one place:
 * <ul>
 *   <li><b>Trade</b>: each fill that reduces an open position (a closing fill), whether it realised
 *   a gain, a loss or nothing. Fills are replayed per account and symbol in booking order; a
 *   position's <em>episode</em> runs from the fill that opens it to the fill that makes it flat,
 *   and belongs to the follow (hence subscriber and provider) whose order opened it, so an
 *   emergency stop's close counts for the follow that opened the position.</li>
 *   <li><b>Net P&amp;L</b> of a trade: the fill's realised P&amp;L, less its own fee, less the share
 *   of the episode's opening fees that the closed quantity carries (pro rata to quantity).</li>
 *   <li><b>R</b>: net P&amp;L / initial risk, initial risk = |average entry - stop| x closed
 *   quantity, the stop being the stop loss of the signal that opened the episode (not a later
 *   moved stop). A trade without such a stop has no R.</li>
 *   <li><b>Equity</b>: the starting balance of the accounts in scope plus cumulative net
 *   P&amp;L of the trades in scope, in their accounts' quote currency.</li>
 *   <li><b>Days</b> are UTC calendar days; see {@link io.tradewire.trading.stats.PerformanceMath}
 *   for the daily returns and the annualisation.</li>
 * </ul>
 */
package io.tradewire.trading.stats;
