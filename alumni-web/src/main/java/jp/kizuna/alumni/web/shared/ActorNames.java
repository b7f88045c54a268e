package jp.kizuna.alumni.web.shared;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.kizuna.alumni.shared.PersonName;

/**
 * Who did something, as a reader names them: the person's name for a sign-in name that belongs to an
 * employee, "System" for scheduled jobs, "The leaver" for the exit survey's answer; any other sign-in name
 * (an account with no employee record) as it is, since it is all there is.
 */
public final class ActorNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, PersonName> names;

    public ActorNames(Map<String, PersonName> names) {
        this.names = new HashMap<>(names);
    }

    public static ActorNames none() {
        return new ActorNames(Map.of());
    }

    /** {@code messages} is the {@code msg} bundle in the reader's language. */
    public String of(String login, Locale locale, ResourceBundle messages) {
        PersonName name = login == null ? null : names.get(login);
        if (name != null) {
            return name.display(locale);
        }
        if (login == null || "system".equals(login) || "anonymous".equals(login)) {
            return messages.getString("actor.system");
        }
        if ("leaver".equals(login)) {
            return messages.getString("actor.leaver");
        }
        return login;
    }
}
