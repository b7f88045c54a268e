package jp.kizuna.alumni.privacy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * One provision of members' personal data to another party (第三者提供記録): date, recipient,
 * channel, data items, the consent purpose that allowed it and the people concerned. Written once,
 * never changed; erased only by the retention sweep after the legal period.
 */
@Entity
@Table(name = "provision_record")
public class ProvisionRecord extends BaseEntity {

    /** How the data left. */
    public enum Channel {
        /** The HR system's export of consenting alumni (SOAP ExportConsentedAlumni, REST). */
        HR_INTEGRATION,
        /** A file of members HR downloaded for a named recipient. */
        MEMBER_FILE,
        /** A segment mailing sent through a mail relay run by another company. */
        EXTERNAL_MAIL_RELAY
    }

    /** One person concerned. */
    @Embeddable
    public static class Person implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "employee_id", nullable = false)
        private long employeeId;

        @Column(name = "employee_number", nullable = false)
        private String employeeNumber;

        @Column(name = "consent_id")
        private Long consentId;

        @Column(name = "consent_given_at")
        private LocalDateTime consentGivenAt;

        protected Person() {}

        Person(PersonalDataProvided.Person person) {
            this.employeeId = person.employeeId();
            this.employeeNumber = person.employeeNumber();
            this.consentId = person.consentId();
            this.consentGivenAt = person.consentGivenAt();
        }

        public long getEmployeeId() {
            return employeeId;
        }

        public String getEmployeeNumber() {
            return employeeNumber;
        }

        public Long getConsentId() {
            return consentId;
        }

        public LocalDateTime getConsentGivenAt() {
            return consentGivenAt;
        }
    }

    /** Items are listed in one column, separated by this. */
    static final String ITEM_SEPARATOR = ", ";

    @Column(name = "provided_at", nullable = false)
    private LocalDateTime providedAt;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "data_items", nullable = false)
    private String dataItems;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_purpose")
    private ConsentPurpose consentPurpose;

    /** Why, in HR's words; null for the automatic channels. */
    @Column(length = 1000)
    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "person_count", nullable = false)
    private int personCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "provision_record_person", joinColumns = @JoinColumn(name = "record_id"))
    private List<Person> people = new ArrayList<>();

    protected ProvisionRecord() {}

    ProvisionRecord(PersonalDataProvided provided, String recordedBy, LocalDateTime now) {
        this.providedAt = now;
        this.recipient =
                provided.recipient().length() > 300 ? provided.recipient().substring(0, 300) : provided.recipient();
        this.channel = provided.channel();
        this.dataItems = String.join(ITEM_SEPARATOR, provided.dataItems());
        this.consentPurpose = provided.purpose();
        this.reason = provided.reason() == null || provided.reason().length() <= 1000
                ? provided.reason()
                : provided.reason().substring(0, 1000);
        this.recordedBy = recordedBy;
        provided.people().forEach(person -> people.add(new Person(person)));
        this.personCount = people.size();
    }

    public LocalDateTime getProvidedAt() {
        return providedAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getDataItems() {
        return dataItems;
    }

    public ConsentPurpose getConsentPurpose() {
        return consentPurpose;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public int getPersonCount() {
        return personCount;
    }

    public List<Person> getPeople() {
        return Collections.unmodifiableList(people);
    }
}
