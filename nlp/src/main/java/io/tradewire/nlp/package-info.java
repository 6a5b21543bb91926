/** Text to {@link io.tradewire.nlp.Signal}: the signal model and its parsers. */
package io.tradewire.nlp;
