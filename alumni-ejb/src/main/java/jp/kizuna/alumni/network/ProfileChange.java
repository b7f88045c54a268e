package jp.kizuna.alumni.network;

import java.util.List;
import java.util.Set;

/** What an alumnus may change on their profile in one go. */
public record ProfileChange(
        String currentEmployer,
        String currentRole,
        String region,
        String bio,
        String departmentsHistory,
        List<String> skills,
        Set<Openness> openTo,
        boolean showEmployer,
        boolean showSkills,
        boolean showRegion,
        boolean showOpenness,
        boolean showEmail) {}
