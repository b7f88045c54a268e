package jp.kizuna.alumni.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditQuery;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.ActorNames;
import jp.kizuna.alumni.web.shared.DisplayFormats;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * HR reviews who read confidential notes and who changed personal data, newest first, in their own
 * language: people by name, actions and kinds of record by their texts, moments to the minute. Narrowed
 * by period, person, action and kind of record; the same selection downloads as CSV ({@link AuditLogFile}).
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of record the application audits (subject types), each with a text under audit.type.*. */
    static final List<String> SUBJECT_TYPES = List.of(
            "AlumniNetwork",
            "AlumnusProfile",
            "AuditEntry",
            "Consultation",
            "Employee",
            "ExitData",
            "ExitInterview",
            "ImprovementAction",
            "Interest",
            "MemberFile",
            "MessageThread",
            "NetworkRoiSetting",
            "OffboardingCase",
            "ProvisionRecord",
            "Referral",
            "RehireEligibility",
            "Rsvp",
            "SegmentMailing",
            "StayInterview");

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private DisplayFormats display;

    @Inject
    private UserMessages messages;

    private LocalDate from;
    private LocalDate to;
    private PersonPick person;
    private AuditEntry.Action action;
    private String subjectType;
    private AuditQuery query = AuditQuery.all();
    private ActorNames actors = ActorNames.none();

    /** One line as the reader reads it. */
    public record Line(long id, String when, String who, String action, String subject, String detail)
            implements Serializable {}

    private final LazyDataModel<Line> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) auditTrail.count(query);
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            List<AuditEntry> page = auditTrail.search(query, first, pageSize);
            actors = new ActorNames(
                    directory.namesOf(page.stream().map(AuditEntry::getActor).toList()));
            return page.stream().map(AuditLogView.this::line).toList();
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    };

    /** The search button: the filters become the query the table and the CSV file use. */
    public void search() {
        try {
            query = new AuditQuery(from, to, person == null ? null : person.login(), action, subjectType);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** The CSV file's address for the current query (GET, so the browser downloads it as a file). */
    public String getCsvQuery() {
        StringBuilder q = new StringBuilder();
        append(q, "from", query.from());
        append(q, "to", query.to());
        append(q, "actor", query.actor());
        append(q, "action", query.action());
        append(q, "type", query.subjectType());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append(q.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    Line line(AuditEntry entry) {
        Locale locale = localeSelection.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("jp.kizuna.alumni.web.messages", locale);
        return new Line(
                entry.getId(),
                display.time(entry.getOccurredAt()),
                actors.of(entry.getActor(), locale, texts),
                texts.getString("audit.action." + entry.getAction()),
                subject(texts, entry),
                entry.getDetail());
    }

    /** 「退職ケース 123」: the kind of record in words, then which one. */
    static String subject(ResourceBundle texts, AuditEntry entry) {
        String key = "audit.type." + entry.getSubjectType();
        String type = texts.containsKey(key) ? texts.getString(key) : entry.getSubjectType();
        return type + " " + entry.getSubjectId();
    }

    public List<AuditEntry.Action> getActions() {
        return Arrays.asList(AuditEntry.Action.values());
    }

    /** The kinds of record, sorted by their texts as the reader's language sorts them. */
    public List<String> getSubjectTypes() {
        Locale locale = localeSelection.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("jp.kizuna.alumni.web.messages", locale);
        Collator order = Collator.getInstance(locale);
        return SUBJECT_TYPES.stream()
                .sorted(Comparator.comparing(type -> texts.getString("audit.type." + type), order))
                .toList();
    }

    public LazyDataModel<Line> getEntries() {
        return entries;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PersonPick getPerson() {
        return person;
    }

    public void setPerson(PersonPick person) {
        this.person = person;
    }

    public AuditEntry.Action getAction() {
        return action;
    }

    public void setAction(AuditEntry.Action action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }
}
