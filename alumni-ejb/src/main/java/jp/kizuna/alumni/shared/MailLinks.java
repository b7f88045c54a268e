package jp.kizuna.alumni.shared;

import java.util.regex.Pattern;

/**
 * Links in mails to a page that needs one parameter (a thread, a space), written so that they survive
 * signing in. WildFly's OIDC client returns from Keycloak to the address asked for without its query
 * string (ELY-2242), so {@code /portal/messages.xhtml?thread=7} would open the list instead of the
 * thread for anyone not yet signed in. The parameter therefore travels in the path, to
 * {@code /link/portal/messages.xhtml/thread/7}, which the web module turns back into the page's address
 * once the reader is signed in.
 */
public final class MailLinks {

    /** The path prefix of such links, after the application's address. */
    public static final String PREFIX = "/link";

    private static final Pattern PAGE = Pattern.compile("(/[a-z0-9-]+)+\\.xhtml");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z]+");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]+");

    private MailLinks() {}

    /** The link to {@code page} with {@code name=value}, under the application's public address. */
    public static String to(String publicUrl, String page, String name, Object value) {
        String text = String.valueOf(value);
        if (!isPage(page)
                || !NAME.matcher(name).matches()
                || !VALUE.matcher(text).matches()) {
            throw new IllegalArgumentException(page + " " + name + "=" + text);
        }
        return publicUrl + PREFIX + page + "/" + name + "/" + text;
    }

    /**
     * The page address a link's path (after {@link #PREFIX}) stands for, e.g. {@code
     * /portal/messages.xhtml/thread/7} to {@code /portal/messages.xhtml?thread=7}; null when the path is not
     * one {@link #to} writes, so nothing else can be smuggled through it.
     */
    public static String page(String path) {
        if (path == null) {
            return null;
        }
        int end = path.indexOf(".xhtml/");
        if (end < 0) {
            return null;
        }
        String page = path.substring(0, end + ".xhtml".length());
        String[] parameter = path.substring(end + ".xhtml/".length()).split("/", -1);
        if (!isPage(page)
                || parameter.length != 2
                || !NAME.matcher(parameter[0]).matches()
                || !VALUE.matcher(parameter[1]).matches()) {
            return null;
        }
        return page + "?" + parameter[0] + "=" + parameter[1];
    }

    private static boolean isPage(String page) {
        return page != null && PAGE.matcher(page).matches();
    }
}
