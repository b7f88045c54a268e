package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.event.Rsvp;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.Ambassador;
import jp.kizuna.alumni.network.AmbassadorActivity;
import jp.kizuna.alumni.network.Ambassadors;
import jp.kizuna.alumni.network.BilingualText;
import jp.kizuna.alumni.network.NetworkAdministration;
import jp.kizuna.alumni.network.NewsPost;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.network.SegmentMailing;
import jp.kizuna.alumni.opportunity.Referral;
import jp.kizuna.alumni.opportunity.Referrals;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;
import org.primefaces.PrimeFaces;

/** /network/outreach: events, news, mailings to consenting segments, referrals, ambassadors, pilot networks. */
@Named
@ViewScoped
public class OutreachView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventCalendar calendar;

    @Inject
    private NetworkAdministration administration;

    @Inject
    private Outreach outreach;

    @Inject
    private Ambassadors programme;

    @Inject
    private Referrals referrals;

    @Inject
    private UserMessages messages;

    private List<AlumniEvent> events;
    private Map<Long, Long> seats;
    private List<Rsvp> attendees;
    private List<NewsPost> news;
    private List<SegmentMailing> mailings;
    private List<Referral> allReferrals;
    private List<Ambassador> ambassadors;
    private List<AlumniNetwork> networks;

    private String eventTitle;
    private String eventDescription;
    private String eventTitleEn;
    private String eventDescriptionEn;
    private String eventOnlineUrl;
    private LocalDateTime eventStart;
    private String eventLocation;
    private Integer eventCapacity;
    private String newsTitle;
    private String newsBody;
    private String newsTitleEn;
    private String newsBodyEn;
    private String mailSubjectEn;
    private String mailBodyEn;
    private String mailPurpose = ConsentPurpose.NEWS_EVENTS.name();
    private String mailDepartment;
    private String mailSubject;
    private String mailBody;
    private Integer recipientCount;
    private PersonPick nominee;
    private String nominationReason;
    private Long activityAmbassadorId;
    private LocalDate activityDate;
    private String activityKind = AmbassadorActivity.Kind.TALK.name();
    private String activityDescription;
    private String pilotCode;
    private String pilotNameJa;
    private String pilotNameEn;
    private String pilotDepartment;
    private String adminNetwork;
    private PersonPick admin;

    @PostConstruct
    void load() {
        events = calendar.upcoming();
        seats = calendar.seatsTaken();
        news = outreach.latestNews(10);
        mailings = outreach.mailings(10);
        allReferrals = referrals.all();
        ambassadors = programme.all();
        networks = administration.networks();
    }

    private String attempt(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info("network", doneKey);
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String scheduleEvent() {
        return attempt(
                () -> {
                    calendar.schedule(
                            eventTitle,
                            eventDescription,
                            eventTitleEn,
                            eventDescriptionEn,
                            eventStart,
                            eventLocation,
                            eventOnlineUrl,
                            eventCapacity == null ? 0 : eventCapacity);
                    eventTitle = eventDescription = eventLocation = null;
                    eventTitleEn = eventDescriptionEn = eventOnlineUrl = null;
                    eventStart = null;
                    eventCapacity = null;
                },
                "event.scheduled");
    }

    public void showAttendees(long eventId) {
        attendees = calendar.attendees(eventId);
    }

    public String publishNews() {
        return attempt(
                () -> {
                    outreach.publishNews(new BilingualText(newsTitle, newsBody, newsTitleEn, newsBodyEn));
                    newsTitle = newsBody = newsTitleEn = newsBodyEn = null;
                },
                "news.published");
    }

    /**
     * First step of sending: checks the text and counts who would get it now; with anyone to send
     * to, the page asks "send to N members?" before {@link #sendMailing}. Zero is said as such.
     */
    public void prepareMailing() {
        recipientCount = null;
        try {
            new BilingualText(mailSubject, mailBody, mailSubjectEn, mailBodyEn);
            int count = outreach.segmentSize(ConsentPurpose.valueOf(mailPurpose), mailDepartment);
            if (count == 0) {
                messages.error("network", "mailing.noRecipients");
                return;
            }
            recipientCount = count;
            PrimeFaces.current().executeScript("PF('confirmMailing').show()");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String sendMailing() {
        try {
            SegmentMailing sent = outreach.mailSegment(
                    ConsentPurpose.valueOf(mailPurpose),
                    mailDepartment,
                    new BilingualText(mailSubject, mailBody, mailSubjectEn, mailBodyEn));
            mailSubject = mailBody = mailSubjectEn = mailBodyEn = null;
            recipientCount = null;
            if (sent.getUndelivered() > 0) {
                messages.warn("network", "mailing.partlySent", sent.getRecipients(), sent.getUndelivered());
            } else {
                messages.info("network", "mailing.sentTo", sent.getRecipients());
            }
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    /** Sends the mailing as written to the HR person themself, to read it before the members do. */
    public void sendTestToMe() {
        try {
            String address = outreach.mailTestToMe(new BilingualText(mailSubject, mailBody, mailSubjectEn, mailBodyEn));
            messages.info("network", "mailing.testSent", address);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** The segment changed: the count shown before no longer holds. */
    public void segmentChanged() {
        recipientCount = null;
    }

    public Integer getRecipientCount() {
        return recipientCount;
    }

    public String moveReferral(long referralId, String status) {
        return attempt(() -> referrals.move(referralId, Referral.Status.valueOf(status)), "referral.moved");
    }

    public String nominate() {
        return attempt(
                () -> {
                    programme.nominate(nominee == null ? null : nominee.employeeNumber(), nominationReason);
                    nominee = null;
                    nominationReason = null;
                },
                "ambassador.nominated");
    }

    public String retire(long ambassadorId) {
        return attempt(() -> programme.retire(ambassadorId), "ambassador.retired");
    }

    public String recordActivity() {
        return attempt(
                () -> {
                    programme.recordActivity(
                            activityAmbassadorId == null ? -1 : activityAmbassadorId,
                            activityDate == null ? LocalDate.now() : activityDate,
                            AmbassadorActivity.Kind.valueOf(activityKind),
                            activityDescription);
                    activityDescription = null;
                },
                "ambassador.activity.recorded");
    }

    public List<AmbassadorActivity> activitiesOf(long ambassadorId) {
        return programme.activities(ambassadorId);
    }

    public String createPilot() {
        return attempt(
                () -> administration.createPilot(pilotCode, pilotNameJa, pilotNameEn, pilotDepartment),
                "pilot.created");
    }

    public String addAdmin() {
        return attempt(
                () -> administration.addAdmin(adminNetwork, admin == null ? null : admin.employeeNumber()),
                "pilot.admin.added");
    }

    public String merge(String code) {
        return attempt(() -> administration.merge(code), "pilot.merged");
    }

    public long memberCount(String code) {
        return administration.memberCount(code);
    }

    public List<String> nextReferralStatuses(Referral referral) {
        return switch (referral.getStatus()) {
            case SUBMITTED -> List.of("SCREENING", "REJECTED");
            case SCREENING -> List.of("INTERVIEWING", "REJECTED");
            case INTERVIEWING -> List.of("HIRED", "REJECTED");
            default -> List.of();
        };
    }

    public long seatsTaken(long eventId) {
        return seats.getOrDefault(eventId, 0L);
    }

    public List<ConsentPurpose> getPurposes() {
        return Arrays.asList(ConsentPurpose.values());
    }

    public List<AmbassadorActivity.Kind> getActivityKinds() {
        return Arrays.asList(AmbassadorActivity.Kind.values());
    }

    public List<AlumniEvent> getEvents() {
        return events;
    }

    public List<Rsvp> getAttendees() {
        return attendees;
    }

    public List<NewsPost> getNews() {
        return news;
    }

    public List<SegmentMailing> getMailings() {
        return mailings;
    }

    public List<Referral> getAllReferrals() {
        return allReferrals;
    }

    public List<Ambassador> getAmbassadors() {
        return ambassadors;
    }

    public List<AlumniNetwork> getNetworks() {
        return networks;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public void setEventTitle(String v) {
        eventTitle = v;
    }

    public String getEventDescription() {
        return eventDescription;
    }

    public void setEventDescription(String v) {
        eventDescription = v;
    }

    public LocalDateTime getEventStart() {
        return eventStart;
    }

    public void setEventStart(LocalDateTime v) {
        eventStart = v;
    }

    public String getEventTitleEn() {
        return eventTitleEn;
    }

    public void setEventTitleEn(String v) {
        eventTitleEn = v;
    }

    public String getEventDescriptionEn() {
        return eventDescriptionEn;
    }

    public void setEventDescriptionEn(String v) {
        eventDescriptionEn = v;
    }

    public String getEventOnlineUrl() {
        return eventOnlineUrl;
    }

    public void setEventOnlineUrl(String v) {
        eventOnlineUrl = v;
    }

    public String getEventLocation() {
        return eventLocation;
    }

    public void setEventLocation(String v) {
        eventLocation = v;
    }

    public Integer getEventCapacity() {
        return eventCapacity;
    }

    public void setEventCapacity(Integer v) {
        eventCapacity = v;
    }

    public String getNewsTitle() {
        return newsTitle;
    }

    public void setNewsTitle(String v) {
        newsTitle = v;
    }

    public String getNewsBody() {
        return newsBody;
    }

    public void setNewsBody(String v) {
        newsBody = v;
    }

    public String getNewsTitleEn() {
        return newsTitleEn;
    }

    public void setNewsTitleEn(String v) {
        newsTitleEn = v;
    }

    public String getNewsBodyEn() {
        return newsBodyEn;
    }

    public void setNewsBodyEn(String v) {
        newsBodyEn = v;
    }

    public String getMailSubjectEn() {
        return mailSubjectEn;
    }

    public void setMailSubjectEn(String v) {
        mailSubjectEn = v;
    }

    public String getMailBodyEn() {
        return mailBodyEn;
    }

    public void setMailBodyEn(String v) {
        mailBodyEn = v;
    }

    public String getMailPurpose() {
        return mailPurpose;
    }

    public void setMailPurpose(String v) {
        mailPurpose = v;
    }

    public String getMailDepartment() {
        return mailDepartment;
    }

    public void setMailDepartment(String v) {
        mailDepartment = v;
    }

    public String getMailSubject() {
        return mailSubject;
    }

    public void setMailSubject(String v) {
        mailSubject = v;
    }

    public String getMailBody() {
        return mailBody;
    }

    public void setMailBody(String v) {
        mailBody = v;
    }

    public PersonPick getNominee() {
        return nominee;
    }

    public void setNominee(PersonPick v) {
        nominee = v;
    }

    public String getNominationReason() {
        return nominationReason;
    }

    public void setNominationReason(String v) {
        nominationReason = v;
    }

    public Long getActivityAmbassadorId() {
        return activityAmbassadorId;
    }

    public void setActivityAmbassadorId(Long v) {
        activityAmbassadorId = v;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public void setActivityDate(LocalDate v) {
        activityDate = v;
    }

    public String getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(String v) {
        activityKind = v;
    }

    public String getActivityDescription() {
        return activityDescription;
    }

    public void setActivityDescription(String v) {
        activityDescription = v;
    }

    public String getPilotCode() {
        return pilotCode;
    }

    public void setPilotCode(String v) {
        pilotCode = v;
    }

    public String getPilotNameJa() {
        return pilotNameJa;
    }

    public void setPilotNameJa(String v) {
        pilotNameJa = v;
    }

    public String getPilotNameEn() {
        return pilotNameEn;
    }

    public void setPilotNameEn(String v) {
        pilotNameEn = v;
    }

    public String getPilotDepartment() {
        return pilotDepartment;
    }

    public void setPilotDepartment(String v) {
        pilotDepartment = v;
    }

    public String getAdminNetwork() {
        return adminNetwork;
    }

    public void setAdminNetwork(String v) {
        adminNetwork = v;
    }

    public PersonPick getAdmin() {
        return admin;
    }

    public void setAdmin(PersonPick v) {
        admin = v;
    }
}
