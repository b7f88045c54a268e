package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo user {@code alumni.yamada} with the role {@code alumni}. */
@Stateless
@RunAs("alumni")
@RunAsPrincipal("alumni.yamada")
public class AsAlumnus extends Caller {}
