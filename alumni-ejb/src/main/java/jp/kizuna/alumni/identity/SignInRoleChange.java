package jp.kizuna.alumni.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * One role to grant or revoke at the sign-in server for one person, e.g. "alumni" when a leaver
 * joins the network. Pending until the sign-in server confirmed it, or until HR records that IT
 * did it by hand (companies whose accounts come from their own directory).
 */
@Entity
@Table(name = "sign_in_role_change")
public class SignInRoleChange extends BaseEntity {

    public enum Kind {
        GRANT,
        REVOKE
    }

    public enum Status {
        PENDING,
        DONE,
        DONE_BY_HAND,
        SUPERSEDED
    }

    static final int MAX_ERROR_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee person;

    @Column(name = "login_name", nullable = false)
    private String loginName;

    @Column(name = "role_name", nullable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private LocalDateTime lastAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    protected SignInRoleChange() {}

    public SignInRoleChange(Employee person, String role, Kind kind, LocalDateTime requestedAt) {
        if (person.getLoginName() == null || person.getLoginName().isBlank()) {
            throw new IllegalArgumentException("a person without a sign-in name cannot be given a role");
        }
        this.person = person;
        this.loginName = person.getLoginName();
        this.role = role;
        this.kind = kind;
        this.requestedAt = requestedAt;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** The sign-in server confirmed the change. */
    public void applied(LocalDateTime at) {
        attempts++;
        lastAttemptAt = at;
        lastError = null;
        complete(Status.DONE, at, "sign-in server");
    }

    /** The attempt failed; the change stays pending and is tried again later. */
    public void failed(String reason, LocalDateTime at) {
        attempts++;
        lastAttemptAt = at;
        lastError = reason == null
                ? "unknown"
                : reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    }

    /** IT changed the role themselves (e.g. in the company directory); HR records it. */
    public void doneByHand(String by, LocalDateTime at) {
        complete(Status.DONE_BY_HAND, at, by);
    }

    /** A later, opposite change for the same person and role makes this one moot. */
    public void supersede(LocalDateTime at) {
        complete(Status.SUPERSEDED, at, "superseded");
    }

    private void complete(Status outcome, LocalDateTime at, String by) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("role change " + getId() + " is already " + status);
        }
        status = outcome;
        completedAt = at;
        completedBy = by;
    }

    public Employee getPerson() {
        return person;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getRole() {
        return role;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }
}
