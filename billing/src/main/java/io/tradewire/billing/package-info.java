package io.tradewire.billing;
