package jp.kizuna.alumni.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import jp.kizuna.alumni.it.AsHrSystem;
import jp.kizuna.alumni.it.Caller;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.shared.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every public business method of every session bean in alumni-ejb, called as each role and as an
 * anonymous caller: the container lets through exactly the roles its security annotations name.
 * The expectation comes from the annotations, and for the sensitive methods also from a table
 * written here by hand, so a wrong annotation fails the test instead of redefining it. Methods are
 * called with null/zero arguments: only whether the container refused before the method ran
 * matters; each call's transaction is rolled back.
 */
class EjbRoleMatrixIT extends ServiceTest {

    private static final String BEAN_LIST = "jp/kizuna/alumni/foundation/session-beans.txt";
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ROLES =
            List.of(ANONYMOUS, Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE, Roles.ALUMNI, Roles.HR_SYSTEM);
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);

    /**
     * Who is meant to use the sensitive operations, written down independently of the code: exit
     * interview notes only by HR administrators and managers (never alumni or employees), the alumni
     * directory by alumni and HR, HR files and personal-data administration by HR, the HR-system
     * interface by HR systems only. Keys are Bean#method (all overloads).
     */
    private static final Map<String, Set<String>> INTENDED = new LinkedHashMap<>();

    static {
        Set<String> hrAndManagers = Set.of(Roles.HR_ADMIN, Roles.MANAGER);
        for (String method : List.of("readNotes", "readWriteUp", "interviewsOf", "record", "recordHeld", "schedule")) {
            INTENDED.put("ExitInterviews#" + method, hrAndManagers);
        }
        for (String method : List.of(
                "recordReasons",
                "offerRetention",
                "decideRetention",
                "retentionOffers",
                "timeline",
                "search",
                "count",
                "recordExport")) {
            INTENDED.put("OffboardingCases#" + method, hrAndManagers);
        }
        for (String method : List.of("search", "searchWithFacets", "facets")) {
            INTENDED.put("DirectorySearch#" + method, Set.of(Roles.ALUMNI, Roles.HR_ADMIN));
        }
        INTENDED.put("CaseFiles#read", hrAndManagers);
        INTENDED.put("ExitSurveys#linkOf", hrAndManagers);
        INTENDED.put("ExitInterviews#followUpsWaiting", Set.of(Roles.HR_ADMIN));
        INTENDED.put("OffboardingAnalytics#report", Set.of(Roles.HR_ADMIN));
        // Real reasons are confidential: the stated-versus-real gap is HR's alone.
        INTENDED.put("ReasonGapAnalytics#report", Set.of(Roles.HR_ADMIN));
        // Managers see the leaving experience of their own reports only (the bean narrows it).
        INTENDED.put("LeavingExperience#report", hrAndManagers);
        INTENDED.put("TurnoverAnalytics#report", hrAndManagers);
        INTENDED.put("LeavingClassification#classify", Set.of(Roles.HR_ADMIN));
        for (String method : List.of("create", "changeStatus", "publish", "ledger")) {
            INTENDED.put("ImprovementActions#" + method, Set.of(Roles.HR_ADMIN));
        }
        INTENDED.put("ImprovementActions#youSaidWeDid", Set.of(Roles.EMPLOYEE, Roles.MANAGER, Roles.HR_ADMIN));
        for (String method : List.of("record", "recent", "readNotes", "readWriteUp")) {
            INTENDED.put("StayInterviews#" + method, hrAndManagers);
        }
        INTENDED.put("StayExitComparison#report", Set.of(Roles.HR_ADMIN));
        for (String method : List.of("report", "costPerAgencyHire", "changeCostPerAgencyHire")) {
            INTENDED.put("NetworkReturns#" + method, Set.of(Roles.HR_ADMIN));
        }
        INTENDED.put("HrFileTransfer#importEmployees", Set.of(Roles.HR_ADMIN));
        INTENDED.put("HrFileTransfer#exportEmployees", Set.of(Roles.HR_ADMIN));
        for (String method : List.of("record", "recordRefused", "started", "progress")) {
            INTENDED.put("HrImports#" + method, Set.of(Roles.HR_ADMIN));
        }
        // Called only by the batch job's artifacts, whose threads carry no caller (HrImportSteps says why).
        for (String method :
                List.of("file", "counted", "apply", "finish", "resumeOrphans", "takeOver", "recordExecution")) {
            INTENDED.put("HrImportSteps#" + method, EVERYONE);
        }
        for (String method : List.of("upsertEmployees", "reportResignation", "caseStatus", "consentedAlumni")) {
            INTENDED.put("HrInbox#" + method, Set.of(Roles.HR_SYSTEM));
        }
        INTENDED.put("EmployeeUpsert#upsert", Set.of(Roles.HR_SYSTEM, Roles.HR_ADMIN));
        for (String method : List.of("search", "count", "forSubject", "export")) {
            INTENDED.put("AuditTrail#" + method, Set.of(Roles.HR_ADMIN));
        }
        for (String method : List.of("members", "profile", "erase")) {
            INTENDED.put("NetworkAdministration#" + method, Set.of(Roles.HR_ADMIN));
        }
        for (String method : List.of("publishNews", "mailSegment", "segment", "segmentSize", "mailTestToMe")) {
            INTENDED.put("Outreach#" + method, Set.of(Roles.HR_ADMIN));
        }
        INTENDED.put("Outreach#latestNews", Set.of(Roles.HR_ADMIN, Roles.ALUMNI));
        for (String method : List.of("update", "eraseMe", "leaveNetwork", "changeConsents", "openToReturningFrom")) {
            INTENDED.put("AlumnusProfiles#" + method, Set.of(Roles.ALUMNI));
        }
        INTENDED.put("ExitDataRetention#sweep", Set.of(Roles.HR_ADMIN));
        INTENDED.put("ProfileConfirmations#askForConfirmation", Set.of(Roles.HR_ADMIN));
        for (String method : List.of("pending", "historyOf", "markDoneByHand", "applyPending")) {
            INTENDED.put("SignInRoles#" + method, Set.of(Roles.HR_ADMIN));
        }
        // A person's own copy of their data: never another role's business.
        INTENDED.put("PersonalDataReport#mine", Set.of(Roles.ALUMNI, Roles.EMPLOYEE));
        INTENDED.put("RehireDecisions#decide", Set.of(Roles.HR_ADMIN));
        INTENDED.put("RehireDecisions#history", Set.of(Roles.HR_ADMIN));
        INTENDED.put("EngagementFigures#byDepartment", Set.of(Roles.HR_ADMIN));
        INTENDED.put("ConsentLedger#decide", Set.of(Roles.EMPLOYEE, Roles.ALUMNI));
        INTENDED.put("ConsentLedger#history", Set.of(Roles.HR_ADMIN, Roles.ALUMNI, Roles.EMPLOYEE));
        INTENDED.put("Referrals#all", Set.of(Roles.HR_ADMIN));
        INTENDED.put("Referrals#refer", Set.of(Roles.ALUMNI));
        INTENDED.put("EventCalendar#attendees", Set.of(Roles.HR_ADMIN));
        INTENDED.put("OpportunityBoard#pipeline", Set.of(Roles.HR_ADMIN));
        // Who fits an opening names members with their skills and plans: HR's business only.
        INTENDED.put("OpportunityBoard#matches", Set.of(Roles.HR_ADMIN));
        INTENDED.put("OpportunityBoard#matchingMe", Set.of(Roles.ALUMNI));
        INTENDED.put("PortalHome#feed", Set.of(Roles.ALUMNI));
        INTENDED.put("OpportunityBoard#withdrawInterest", Set.of(Roles.ALUMNI));
        INTENDED.put("EmployeeDirectory#search", hrAndManagers);
        INTENDED.put("EmployeeDirectory#countByStatus", Set.of(Roles.HR_ADMIN));
        // Names of the people on a timeline or in the audit log: for those who read them.
        INTENDED.put("EmployeeDirectory#namesOf", hrAndManagers);
        // Casual consultations: the member asks and picks, HR runs the pipeline, either side cancels or moves.
        for (String method : List.of("request", "mine", "pick")) {
            INTENDED.put("Consultations#" + method, Set.of(Roles.ALUMNI));
        }
        for (String method : List.of("pipeline", "historyOf", "offer", "recordHeld")) {
            INTENDED.put("Consultations#" + method, Set.of(Roles.HR_ADMIN));
        }
        for (String method : List.of("cancel", "askForAnotherTime", "calendarFile")) {
            INTENDED.put("Consultations#" + method, Set.of(Roles.ALUMNI, Roles.HR_ADMIN));
        }
        // Messages: members write and choose; staff (HR, a network's administrators) answer, assign, close.
        for (String method : List.of(
                "startWithStaff",
                "startWithMember",
                "myThreads",
                "myUnreadCount",
                "myPreference",
                "choose",
                "reachableMembers",
                "block",
                "unblock",
                "blocked")) {
            INTENDED.put("Messages#" + method, Set.of(Roles.ALUMNI));
        }
        for (String method : List.of("inbox", "staffUnreadCount", "assign", "close")) {
            INTENDED.put("Messages#" + method, hrAndManagers);
        }
        for (String method : List.of("open", "reply")) {
            INTENDED.put("Messages#" + method, Set.of(Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER));
        }
        INTENDED.put("MessageRetention#sweep", Set.of(Roles.HR_ADMIN));
        // Spaces: members, HR and networks' administrators read and write; moderators (HR, administrators)
        // moderate; HR opens topics; members report and choose digests; digests and retention run as HR.
        for (String method : List.of("spaces", "open", "post", "reply")) {
            INTENDED.put("Spaces#" + method, Set.of(Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER));
        }
        for (String method : List.of("openReports", "hide", "keep", "ban", "lift", "bans")) {
            INTENDED.put("Spaces#" + method, hrAndManagers);
        }
        for (String method : List.of("report", "myDigest", "chooseDigest")) {
            INTENDED.put("Spaces#" + method, Set.of(Roles.ALUMNI));
        }
        INTENDED.put("Spaces#openTopic", Set.of(Roles.HR_ADMIN));
        for (String method : List.of("sendDue", "sendOne", "record")) {
            INTENDED.put("SpaceDigests#" + method, Set.of(Roles.HR_ADMIN));
        }
        INTENDED.put("SpaceRetention#sweep", Set.of(Roles.HR_ADMIN));
        for (String method : List.of("checkInList", "checkIn", "undoCheckIn", "repeatVisitors")) {
            INTENDED.put("EventAttendance#" + method, Set.of(Roles.HR_ADMIN));
        }
        INTENDED.put("MailRefusals#unreachable", Set.of(Roles.HR_ADMIN));
        INTENDED.put("MailRefusals#markReachable", Set.of(Roles.HR_ADMIN));
        // The APPI provision record is HR's: listed, exported and swept by HR only.
        for (String method : List.of("between", "csv", "sweep")) {
            INTENDED.put("ProvisionRecords#" + method, Set.of(Roles.HR_ADMIN));
        }
        // The member file leaves the system: HR only (HR systems have ExportConsentedAlumni, on its own role).
        INTENDED.put("MemberFiles#export", Set.of(Roles.HR_ADMIN));
        INTENDED.put("MemberFiles#count", Set.of(Roles.HR_ADMIN));
        INTENDED.put("EventCalendar#move", Set.of(Roles.HR_ADMIN));
        INTENDED.put("EventCalendar#schedule", Set.of(Roles.HR_ADMIN));
        INTENDED.put("EventCalendar#cancel", Set.of(Roles.HR_ADMIN));
        INTENDED.put("EventCalendar#calendarFile", Set.of(Roles.ALUMNI));
        // The exit survey is answered through an e-mailed link without signing in: the token is the credential.
        INTENDED.put("ExitSurveys#invitation", EVERYONE);
        INTENDED.put("ExitSurveys#submit", EVERYONE);
        // Individual survey answers (no names) are read by HR only; the questions themselves are public.
        INTENDED.put("ExitSurveys#latestAnswers", Set.of(Roles.HR_ADMIN));
        INTENDED.put("Questionnaires#current", EVERYONE);
        for (String method : List.of("versions", "version", "draft", "saveDraft", "publish", "discardDraft")) {
            INTENDED.put("Questionnaires#" + method, Set.of(Roles.HR_ADMIN));
        }
    }

    /** The session beans of the EJB module, listed when the deployment is built (the server cannot list them). */
    @Deployment
    static EnterpriseArchive deployment() throws ClassNotFoundException {
        EnterpriseArchive ear = Deployments.applicationWith(EjbRoleMatrixIT.class);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "alumni-ejb.jar");
        List<String> beans = new ArrayList<>();
        for (ArchivePath path :
                ejb.getContent(Filters.include("/jp/kizuna/alumni/.*\\.class")).keySet()) {
            String name = path.get()
                    .substring(1, path.get().length() - ".class".length())
                    .replace('/', '.');
            if (name.contains("$") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, EjbRoleMatrixIT.class.getClassLoader());
            if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                beans.add(name);
            }
        }
        ear.getAsType(WebArchive.class, "alumni-test.war")
                .addAsResource(new StringAsset(String.join("\n", beans)), BEAN_LIST);
        return ear;
    }

    @EJB
    AsHrSystem hrSystem;

    /** Thrown at the end of every call so that its transaction rolls back. */
    private static final class Undo extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        try (InputStream in = EjbRoleMatrixIT.class.getClassLoader().getResourceAsStream(BEAN_LIST)) {
            List<Class<?>> beans = new ArrayList<>();
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                beans.add(Class.forName(name.strip()));
            }
            return beans;
        }
    }

    /** Public methods a client can call on the no-interface view; lifecycle callbacks excluded. */
    static List<Method> businessMethods(Class<?> bean) {
        return Arrays.stream(bean.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !m.isAnnotationPresent(PostConstruct.class) && !m.isAnnotationPresent(PreDestroy.class))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::toString))
                .toList();
    }

    /** The roles the annotations admit (method level wins over class level), or null when there are none. */
    static Set<String> declaredRoles(Method method) {
        for (java.lang.reflect.AnnotatedElement level : List.of(method, method.getDeclaringClass())) {
            if (level.isAnnotationPresent(DenyAll.class)) {
                return Set.of();
            }
            if (level.isAnnotationPresent(PermitAll.class)) {
                return EVERYONE;
            }
            RolesAllowed roles = level.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return Set.of(roles.value());
            }
        }
        return null;
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }

    /** The bean's EJB name: the class's simple name unless the annotation names it (a timer bean renamed later). */
    private static String ejbName(Class<?> bean) {
        jakarta.ejb.Singleton singleton = bean.getAnnotation(jakarta.ejb.Singleton.class);
        jakarta.ejb.Stateless stateless = bean.getAnnotation(jakarta.ejb.Stateless.class);
        String name = singleton != null ? singleton.name() : stateless != null ? stateless.name() : "";
        return name.isEmpty() ? bean.getSimpleName() : name;
    }

    @Test
    void everyBusinessMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() >= 25, "the session beans were found: " + beans);
        List<String> unguarded = beans.stream()
                .flatMap(bean -> businessMethods(bean).stream())
                .filter(method -> declaredRoles(method) == null)
                .map(Method::toString)
                .toList();
        assertEquals(List.of(), unguarded, "public business methods without @RolesAllowed/@PermitAll/@DenyAll");
    }

    @Test
    void theIntendedTableMatchesTheAnnotations() throws Exception {
        Map<String, List<Method>> methods = new TreeMap<>();
        for (Class<?> bean : beans()) {
            businessMethods(bean)
                    .forEach(m -> methods.computeIfAbsent(key(m), k -> new ArrayList<>())
                            .add(m));
        }
        List<String> problems = new ArrayList<>();
        INTENDED.forEach((key, intended) -> {
            if (!methods.containsKey(key)) {
                problems.add(key + " does not exist (any more)");
                return;
            }
            for (Method method : methods.get(key)) {
                if (!intended.equals(declaredRoles(method))) {
                    problems.add(
                            key + ": intended " + new TreeSet<>(intended) + ", annotated " + declaredRoles(method));
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theContainerAdmitsExactlyTheDeclaredRoles() throws Exception {
        Map<String, Caller> callers = Map.of(
                Roles.HR_ADMIN,
                hrAdmin,
                Roles.MANAGER,
                manager,
                Roles.EMPLOYEE,
                employee,
                Roles.ALUMNI,
                alumnus,
                Roles.HR_SYSTEM,
                hrSystem);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Class<?> bean : beans()) {
            Object view = new InitialContext().lookup("java:app/alumni-ejb/" + ejbName(bean) + "!" + bean.getName());
            for (Method method : businessMethods(bean)) {
                Set<String> declared = declaredRoles(method);
                Set<String> expected = INTENDED.getOrDefault(key(method), declared);
                if (expected == null) {
                    continue; // reported by everyBusinessMethodDeclaresWhoMayCallIt
                }
                Set<String> admitted = new TreeSet<>();
                for (String role : ROLES) {
                    calls++;
                    if (role.equals(ANONYMOUS)
                            ? admitsAnonymous(view, method)
                            : admits(callers.get(role), view, method)) {
                        admitted.add(role);
                    }
                }
                if (!admitted.equals(new TreeSet<>(expected))) {
                    problems.add(method + ": admitted " + admitted + ", expected " + new TreeSet<>(expected));
                }
            }
        }
        assertTrue(calls > 500, calls + " calls");
        assertEquals("", problems.stream().collect(Collectors.joining("\n")));
    }

    private boolean admits(Caller caller, Object view, Method method) {
        boolean[] admitted = new boolean[1];
        try {
            caller.call(() -> {
                admitted[0] = admitted(view, method);
                throw new Undo();
            });
        } catch (Exception undone) {
            if (!causedBy(undone, Undo.class)) {
                throw new AssertionError(method + ": the call did not end as planned", undone);
            }
        }
        return admitted[0];
    }

    /** Straight from the test, which runs unauthenticated, in a transaction rolled back afterwards. */
    private boolean admitsAnonymous(Object view, Method method) throws Exception {
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            return admitted(view, method);
        } finally {
            transaction.rollback();
        }
    }

    /**
     * Whether the container let the call reach the method: a refusal is an EJBAccessException thrown
     * before the bean's own code ran (one from a call the method itself makes would show the method
     * in its stack). Anything else, a result or any other exception, means the call was admitted.
     */
    private static boolean admitted(Object view, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(EjbRoleMatrixIT::neutral)
                .toArray();
        try {
            Object result = method.invoke(view, arguments);
            if (result instanceof Future<?> future) {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException failed) {
                    return !refusedAtTheDoor(failed.getCause(), method);
                }
            }
            return true;
        } catch (InvocationTargetException failed) {
            return !refusedAtTheDoor(failed.getCause(), method);
        } catch (Exception unexpected) {
            throw new AssertionError(method + " could not be called", unexpected);
        }
    }

    private static boolean refusedAtTheDoor(Throwable failure, Method method) {
        if (!(failure instanceof EJBAccessException)) {
            return false;
        }
        return Arrays.stream(failure.getStackTrace())
                .noneMatch(frame ->
                        frame.getClassName().equals(method.getDeclaringClass().getName())
                                && frame.getMethodName().equals(method.getName()));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Object neutral(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
