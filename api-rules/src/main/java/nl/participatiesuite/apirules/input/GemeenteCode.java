package nl.participatiesuite.apirules.input;

import java.util.regex.Pattern;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;

/** The tenant key of every service: a CBS gemeentecode, GM followed by 4 digits (GM0214 is Buren). */
public final class GemeenteCode {

    public static final String PATTERN = "GM\\d{4}";
    public static final String MELDING = "gemeente is een CBS-gemeentecode: GM gevolgd door 4 cijfers.";
    /** The contract's word on a gemeente code in a path checked with {@link #uitPad}. */
    public static final String IN_PAD = "De CBS-gemeentecode: GM gevolgd door 4 cijfers; een andere vorm geeft 400 (pattern).";

    private static final Pattern VORM = Pattern.compile(PATTERN);

    private GemeenteCode() {
    }

    /**
     * A gemeente code from a path, checked before anything else: one that cannot be a CBS code is a 400 naming the
     * parameter, not the 403 or 404 that the check of who may see that gemeente would give for a typo. Checked here
     * rather than with {@code @Pattern}, because these paths were released without a pattern in the contract, and adding
     * one there counts as a breaking change (CONTRIBUTING, "Contracts"); new paths use {@code @Pattern}.
     */
    public static String uitPad(String parameter, String code) {
        if (code == null || !VORM.matcher(code).matches()) {
            throw ProblemException.invalid(parameter, InvalidParamCode.PATTERN, MELDING);
        }
        return code;
    }
}
