package pl.opium.identity;

/**
 * The address the current request came from, for the audit log: the web layer sets it for the
 * request's thread (local EJB calls run on it), so that every entry says from where, without every
 * service taking an address it has no other use for.
 */
public final class RequestOrigin {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static void set(String address) {
        ADDRESS.set(address);
    }

    public static void clear() {
        ADDRESS.remove();
    }

    /** The address, or null outside a web request (a timer, a queue's listener). */
    public static String address() {
        return ADDRESS.get();
    }
}
