package jp.kizuna.alumni.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One time HR proposes: start and end in the company's time zone. */
public record SlotOffer(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {}
