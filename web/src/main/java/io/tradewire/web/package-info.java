package io.tradewire.web;
