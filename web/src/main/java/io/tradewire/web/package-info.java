/** REST API with JWT bearer auth; a thin transport over the trading facades. */
package io.tradewire.web;
