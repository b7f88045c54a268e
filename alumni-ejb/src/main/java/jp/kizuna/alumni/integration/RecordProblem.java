package jp.kizuna.alumni.integration;

import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;

/** Why one record of a batch or one row of a file was not applied: a key of integration/errors. */
public record RecordProblem(String key, Object... arguments) {

    public String text(Locale locale) {
        return new BusinessException(key, arguments).getMessage(locale);
    }
}
