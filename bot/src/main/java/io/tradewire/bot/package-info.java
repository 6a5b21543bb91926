package io.tradewire.bot;
