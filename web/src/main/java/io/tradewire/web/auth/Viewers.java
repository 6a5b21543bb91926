package io.tradewire.web.auth;

import io.micronaut.security.authentication.Authentication;
import io.tradewire.trading.query.Viewer;

/** Maps a token to who is asking: role admin sees everything, a user only their own. */
public final class Viewers {
    public static final String ADMIN = "admin";

    private Viewers() {
    }

    public static Viewer of(Authentication auth) {
        return auth.getRoles().contains(ADMIN) ? new Viewer.Admin(auth.getName()) : new Viewer.User(auth.getName());
    }
}
