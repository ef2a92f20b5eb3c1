package org.renfang.validation.internal;

import java.util.List;
import org.renfang.model.source.JsonProblem;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.rules.RuleParams;

/**
 * Turns reading problems into JSON_MALFORMED, FIELD_REQUIRED and FIELD_INVALID findings.
 */
public final class JsonFindings {
    private JsonFindings() {
    }

    /**
     * Adds a finding for each problem whose rule the profile keeps on.
     *
     * @param problems the problems, not null
     * @param profile  the profile, not null
     * @param out      where findings go, not null
     */
    public static void add(List<JsonProblem> problems, Profile profile, List<Finding> out) {
        for (JsonProblem p : problems) {
            RuleCode rule;
            switch (p.kind()) {
                case MALFORMED:
                    rule = RuleCode.JSON_MALFORMED;
                    break;
                case REQUIRED:
                    rule = RuleCode.FIELD_REQUIRED;
                    break;
                default:
                    rule = RuleCode.FIELD_INVALID;
            }
            final RuleCode r = rule;
            profile.severity(r).ifPresent(s -> out.add(new Finding(r, s, p.pointer(), List.of(),
                    rule == RuleCode.JSON_MALFORMED
                            ? RuleParams.of().and("reason", p.detail()).map()
                            : RuleParams.of().and("field", field(p.pointer())).and("reason", p.detail()).map())));
        }
    }

    /**
     * Returns the field name of messages for a pointer: its last segment, unescaped; for an
     * array element the array's field with the index ({@code lessees[1]} for
     * {@code /leases/0/lessees/1}).
     *
     * @param pointer the pointer, not null
     * @return the field name ("document" for the root)
     */
    public static String field(String pointer) {
        int i = pointer.lastIndexOf('/');
        if (i < 0 || i == pointer.length() - 1) {
            return "document";
        }
        String last = unescape(pointer.substring(i + 1));
        if (i == 0 || !isIndex(last)) {
            return last;
        }
        int j = pointer.lastIndexOf('/', i - 1);
        return unescape(pointer.substring(j + 1, i)) + "[" + last + "]";
    }

    private static boolean isIndex(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
