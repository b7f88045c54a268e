package jp.kizuna.alumni.shared;

/** The realm roles a Keycloak token carries, as used in {@code @RolesAllowed} and web.xml. */
public final class Roles {
    public static final String HR_ADMIN = "hr-admin";
    public static final String MANAGER = "manager";
    public static final String EMPLOYEE = "employee";
    public static final String ALUMNI = "alumni";
    public static final String HR_SYSTEM = "hr-system";

    private Roles() {}
}
