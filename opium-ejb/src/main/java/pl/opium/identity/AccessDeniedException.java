package pl.opium.identity;

import pl.opium.OpiumException;

/** The caller asked for a record outside what they may see (for example another school's id in a URL). */
public class AccessDeniedException extends OpiumException {

    public AccessDeniedException() {
        super("identity.accessDenied");
    }
}
