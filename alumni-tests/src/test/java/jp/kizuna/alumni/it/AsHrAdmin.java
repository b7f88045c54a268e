package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo user {@code hr.admin} with the role {@code hr-admin}. */
@Stateless
@RunAs("hr-admin")
@RunAsPrincipal("hr.admin")
public class AsHrAdmin extends Caller {}
