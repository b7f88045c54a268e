package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo user {@code hr-sync} with the role {@code hr-system}. */
@Stateless
@RunAs("hr-system")
@RunAsPrincipal("hr-sync")
public class AsHrSystem extends Caller {}
