package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One alternative of a {@link CommandNode}'s value rules, as the command-tree resource writes it
 * (see docs/command-tree.md): {@code num:}, {@code re:}, {@code find:}, {@code not-find:}, {@code lit:},
 * {@code is:}, {@code unchecked:}.
 */
sealed interface ValueRule {

    /** What a rule says about a value; a rule that needs the router, or is not implemented yet, cannot say. */
    enum Verdict { ACCEPTS, REFUSES, NOT_CHECKED }

    Verdict check(String value);

    /** The alternative in words for a diagnostic: {@code a number 1-999999}, {@code 'dhcp'}. */
    String describe();

    static ValueRule parse(String field) {
        int colon = field.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("value rule without a prefix: '" + field + "'");
        }
        String arg = field.substring(colon + 1);
        return switch (field.substring(0, colon)) {
            case "num" -> Number.parse(arg);
            case "re" -> new Regex(arg, true, false);
            case "find" -> new Regex(arg, false, false);
            case "not-find" -> new Regex(arg, false, true);
            case "lit" -> new Literal(arg);
            case "is" -> new Named(ValueFormat.byId(arg));
            case "unchecked" -> new Unchecked(arg);
            default -> throw new IllegalArgumentException("unknown value rule '" + field + "'");
        };
    }

    private static Verdict of(boolean ok) {
        return ok ? Verdict.ACCEPTS : Verdict.REFUSES;
    }

    /**
     * VyOS's numeric validator: an integer (a decimal number with {@code float}) in one of the ranges,
     * if any; {@code allow-range} also takes {@code a-b}, {@code only-range} takes only that.
     */
    record Number(boolean decimal, boolean allowRange, boolean onlyRange, boolean positive, boolean nonNegative,
                  List<double[]> ranges) implements ValueRule {

        private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

        static Number parse(String spec) {
            boolean decimal = false;
            boolean allowRange = false;
            boolean onlyRange = false;
            boolean positive = false;
            boolean nonNegative = false;
            List<double[]> ranges = new ArrayList<>();
            for (String part : spec.isEmpty() ? new String[0] : spec.split(",")) {
                switch (part) {
                    case "float" -> decimal = true;
                    case "allow-range" -> allowRange = true;
                    case "only-range" -> onlyRange = true;
                    case "positive" -> positive = true;
                    case "non-negative" -> nonNegative = true;
                    case "relative" -> {
                        // a leading + or - is allowed; the value is still a number
                    }
                    default -> {
                        int dots = part.indexOf("..");
                        if (dots < 0) {
                            throw new IllegalArgumentException("bad numeric spec '" + spec + "'");
                        }
                        String lo = part.substring(0, dots);
                        String hi = part.substring(dots + 2);
                        ranges.add(new double[] {lo.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(lo),
                                hi.isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(hi)});
                    }
                }
            }
            return new Number(decimal, allowRange, onlyRange, positive, nonNegative, List.copyOf(ranges));
        }

        @Override
        public Verdict check(String value) {
            int dash = value.indexOf('-', 1);
            if ((allowRange || onlyRange) && dash > 0) {
                return of(fits(value.substring(0, dash)) && fits(value.substring(dash + 1)));
            }
            return of(!onlyRange && fits(value));
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            for (double[] r : ranges) {
                parts.add(bound(r[0], "") + "-" + bound(r[1], ""));
            }
            String what = decimal ? "a decimal number" : "a number";
            String in = parts.isEmpty() ? "" : " " + String.join(" or ", parts);
            return onlyRange ? "a range of numbers A-B" + in : what + in + (allowRange ? " (or a range A-B)" : "");
        }

        private static String bound(double d, String none) {
            return Double.isInfinite(d) ? none : d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }

        private boolean fits(String s) {
            if (!NUMBER.matcher(s).matches() || (!decimal && s.contains("."))) {
                return false;
            }
            double n = Double.parseDouble(s);
            if (positive && n <= 0 || nonNegative && n < 0) {
                return false;
            }
            return ranges.isEmpty() || ranges.stream().anyMatch(r -> n >= r[0] && n <= r[1]);
        }
    }

    /**
     * A regular expression: {@code re:} is VyOS's (the value must match {@code ^R$}, searched as PCRE does,
     * so {@code a|b} means {@code ^a} or {@code b$}); {@code find:} is vyatta-cfg's {@code pattern} (searched,
     * unanchored). The pattern compiles on first use.
     */
    final class Regex implements ValueRule {
        private final String source;
        private final boolean anchored;
        private final boolean negated;
        private Pattern pattern;

        Regex(String source, boolean anchored, boolean negated) {
            this.source = source;
            this.anchored = anchored;
            this.negated = negated;
        }

        String source() {
            return source;
        }

        boolean negated() {
            return negated;
        }

        @Override
        public Verdict check(String value) {
            if (pattern == null) {
                pattern = Pattern.compile(anchored ? "^" + source + "$" : source);
            }
            return of(pattern.matcher(value).find() != negated);
        }

        @Override
        public String describe() {
            // a list of words (^(auto|none|force)$) reads better as words
            String inner = source.replaceAll("^\\^?\\(?|\\)?\\$?$", "");
            if (!negated && inner.matches("[a-z0-9][a-z0-9_.-]*(\\|[a-z0-9][a-z0-9_.-]*)+")) {
                return "one of " + String.join(", ", inner.split("\\|"));
            }
            return (negated ? "not matching " : "matching ") + source;
        }

        @Override
        public String toString() {
            return (negated ? "not-find:" : anchored ? "re:" : "find:") + source;
        }
    }

    record Literal(String word) implements ValueRule {
        @Override
        public Verdict check(String value) {
            return of(word.equals(value));
        }

        @Override
        public String describe() {
            return "'" + word + "'";
        }
    }

    /** A format VyOS checks with a named validator ({@link ValueFormat#check}). */
    record Named(ValueFormat format) implements ValueRule {
        @Override
        public Verdict check(String value) {
            return format.check(value);
        }

        @Override
        public String describe() {
            return format.description();
        }
    }

    /** A rule the tree could not express (a shell script, a router-dependent check): accepts any value. */
    record Unchecked(String what) implements ValueRule {
        @Override
        public Verdict check(String value) {
            return Verdict.NOT_CHECKED;
        }

        @Override
        public String describe() {
            return "any value (" + what + ")";
        }
    }
}
