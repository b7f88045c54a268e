package jp.kizuna.alumni.web.space;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.space.DigestChoice;

/** /portal/spaces: the member reads and writes in their spaces, reports a post, and chooses a mail digest. */
@Named
@ViewScoped
public class MySpacesView extends SpaceBoard {

    private static final long serialVersionUID = 1L;

    private DigestChoice.Frequency digest = DigestChoice.Frequency.NONE;

    @Override
    protected void loadMore() {
        try {
            digest = service.myDigest();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String report(long postId) {
        String why = getReason();
        return step(() -> service.report(postId, why), "spaces.reported");
    }

    public String saveDigest() {
        DigestChoice.Frequency chosen = digest;
        return step(() -> service.chooseDigest(chosen), "spaces.digest.saved");
    }

    public DigestChoice.Frequency[] getFrequencies() {
        return DigestChoice.Frequency.values();
    }

    public DigestChoice.Frequency getDigest() {
        return digest;
    }

    public void setDigest(DigestChoice.Frequency digest) {
        this.digest = digest;
    }
}
