package jp.kizuna.alumni.privacy;

import java.time.LocalDateTime;
import java.util.List;

/**
 * CDI event fired, inside the transaction that hands members' personal data to another party, by the
 * capability that does it; {@link ProvisionRecords} writes the APPI provision record in the same
 * transaction, so there is no provision without its record.
 *
 * @param recipient who receives the data (a system, a company, a mail relay operator)
 * @param channel how it leaves
 * @param dataItems which items of each person leave, in words a reader of the record understands
 * @param purpose the consent purpose that allowed it (null: no consent needed, e.g. entrusted processing)
 * @param people the people concerned, each with the consent record that allowed it
 * @param reason why, in the words of the person who handed it over (null for the automatic channels)
 */
public record PersonalDataProvided(
        String recipient,
        ProvisionRecord.Channel channel,
        List<String> dataItems,
        ConsentPurpose purpose,
        List<Person> people,
        String reason) {

    /** A provision through an automatic channel, whose reason is its consent purpose. */
    public PersonalDataProvided(
            String recipient,
            ProvisionRecord.Channel channel,
            List<String> dataItems,
            ConsentPurpose purpose,
            List<Person> people) {
        this(recipient, channel, dataItems, purpose, people, null);
    }

    /** One person concerned and the consent in force when their data left. */
    public record Person(long employeeId, String employeeNumber, Long consentId, LocalDateTime consentGivenAt) {}
}
