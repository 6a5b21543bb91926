/** The composition root: the runnable jar's commands, start-up, configuration and migrations. */
package io.tradewire.config;
