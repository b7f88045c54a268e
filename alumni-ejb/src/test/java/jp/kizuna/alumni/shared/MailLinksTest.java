package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MailLinksTest {

    @Test
    void theParameterTravelsInThePathAndComesBackAsTheQuery() {
        String link = MailLinks.to("https://alumni.example.co.jp/alumni", "/portal/messages.xhtml", "thread", 7L);
        assertEquals("https://alumni.example.co.jp/alumni/link/portal/messages.xhtml/thread/7", link);
        assertEquals("/portal/messages.xhtml?thread=7", MailLinks.page("/portal/messages.xhtml/thread/7"));
        assertEquals("/portal/spaces.xhtml?space=12", MailLinks.page("/portal/spaces.xhtml/space/12"));
    }

    @Test
    void nothingButAPageOfTheApplicationAndOneParameterComesOutOfALink() {
        assertNull(MailLinks.page(null));
        assertNull(MailLinks.page("/portal/messages.xhtml"));
        assertNull(MailLinks.page("//evil.example/x.xhtml/a/b"), "another host");
        assertNull(MailLinks.page("/../WEB-INF/web.xhtml/a/b"));
        assertNull(MailLinks.page("/portal/messages.xhtml/thread/7/more/8"));
        assertNull(MailLinks.page("/portal/messages.xhtml/thread/7%0d%0aSet-Cookie:x"));
        assertNull(MailLinks.page("/portal/messages.xhtml/thread/"));
        assertThrows(IllegalArgumentException.class, () -> MailLinks.to("", "/portal/messages.xhtml", "thread", "a b"));
        assertThrows(IllegalArgumentException.class, () -> MailLinks.to("", "https://x/y.xhtml", "thread", 1));
    }
}
