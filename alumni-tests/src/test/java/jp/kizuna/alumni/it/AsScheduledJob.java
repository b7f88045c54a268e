package jp.kizuna.alumni.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Test code run the way the application's timers run: with the role hr-admin and no person. */
@Stateless
@RunAs("hr-admin")
public class AsScheduledJob extends Caller {}
