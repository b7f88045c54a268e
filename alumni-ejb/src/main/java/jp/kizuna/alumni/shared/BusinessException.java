package jp.kizuna.alumni.shared;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A request that the business rules refuse (an invalid state transition, an unknown employee,
 * a duplicate). Rolls the transaction back so nothing is half-written, and carries a message key
 * so every interface (Faces message, SOAP fault, HTTP 4xx) can explain it in the reader's
 * language. A key starts with its capability's package name ({@code offboarding.transition.invalid})
 * and its texts live in that package's {@code errors.properties} / {@code errors_ja.properties}.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public BusinessException(String key, Object... arguments) {
        super(render(key, arguments, Locale.ENGLISH));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Stable, machine-readable code, e.g. {@code offboarding.transition.invalid}. */
    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public String getMessage(Locale locale) {
        return render(key, arguments, locale);
    }

    private static String render(String key, Object[] arguments, Locale locale) {
        try {
            String capability = key.substring(0, Math.max(0, key.indexOf('.')));
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "jp.kizuna.alumni." + capability + ".errors",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
    }
}
