package jp.kizuna.alumni.identity;

/** A role change was recorded; after its transaction commits it is tried at once. */
public record SignInRoleRequested(long changeId) {}
