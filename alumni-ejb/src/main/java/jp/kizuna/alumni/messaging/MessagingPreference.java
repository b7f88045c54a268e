package jp.kizuna.alumni.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * A member's choices about messages. Other members may write only to members who accept it (off
 * until the member turns it on); notification mails carry the text unless the member turned that off.
 */
@Entity
@Table(name = "messaging_preference")
public class MessagingPreference extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile member;

    @Column(name = "accept_member_messages", nullable = false)
    private boolean acceptMemberMessages;

    @Column(name = "text_in_mail", nullable = false)
    private boolean textInMail = true;

    protected MessagingPreference() {}

    public MessagingPreference(AlumnusProfile member) {
        this.member = member;
    }

    public void choose(boolean acceptFromMembers, boolean withTextInMail) {
        this.acceptMemberMessages = acceptFromMembers;
        this.textInMail = withTextInMail;
    }

    public AlumnusProfile getMember() {
        return member;
    }

    public boolean isAcceptMemberMessages() {
        return acceptMemberMessages;
    }

    public boolean isTextInMail() {
        return textInMail;
    }
}
