package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo user {@code employee.tanaka} with the role {@code employee}. */
@Stateless
@RunAs("employee")
@RunAsPrincipal("employee.tanaka")
public class AsEmployee extends Caller {}
