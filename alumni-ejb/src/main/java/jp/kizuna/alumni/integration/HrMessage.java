package jp.kizuna.alumni.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * One message received from an HR system and the answer it was given. The unique message id is
 * what makes re-delivery harmless: it is inserted before the effect and committed with it.
 */
@Entity
@Table(name = "hr_message")
public class HrMessage extends BaseEntity {

    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    private String messageId;

    @Column(nullable = false, updatable = false)
    private String operation;

    @Column(name = "request_digest", nullable = false, updatable = false)
    private String requestDigest;

    @Column(nullable = false, updatable = false)
    private String sender;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    private String response;

    protected HrMessage() {}

    HrMessage(String messageId, String operation, String requestDigest, String sender, LocalDateTime receivedAt) {
        this.messageId = Objects.requireNonNull(messageId);
        this.operation = Objects.requireNonNull(operation);
        this.requestDigest = Objects.requireNonNull(requestDigest);
        this.sender = Objects.requireNonNull(sender);
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    /** The same id may only ever stand for the same request; anything else is a sender's bug. */
    boolean isSameRequest(String otherOperation, String otherDigest) {
        return operation.equals(otherOperation) && requestDigest.equals(otherDigest);
    }

    void answered(String serializedResponse) {
        if (response != null) {
            throw new IllegalStateException("Message " + messageId + " was already answered");
        }
        this.response = serializedResponse;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getOperation() {
        return operation;
    }

    public String getSender() {
        return sender;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getResponse() {
        return response;
    }
}
