package io.tradewire.config;
