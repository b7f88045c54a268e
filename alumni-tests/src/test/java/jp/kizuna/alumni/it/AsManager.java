package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo user {@code manager.sato} with the role {@code manager}. */
@Stateless
@RunAs("manager")
@RunAsPrincipal("manager.sato")
public class AsManager extends Caller {}
