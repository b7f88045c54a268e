package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the second demo alumnus {@code alumni.smith} with the role {@code alumni}: the other member of a conversation. */
@Stateless
@RunAs("alumni")
@RunAsPrincipal("alumni.smith")
public class AsOtherAlumnus extends Caller {}
