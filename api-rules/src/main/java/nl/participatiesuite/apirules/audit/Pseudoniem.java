package nl.participatiesuite.apirules.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the audit trail keeps of a personal value (domain.md §4): a keyed hash, so an auditor sees that the
 * same value came back, but nobody can read it, also not after the person's data was erased.
 */
final class Pseudoniem {

    private Pseudoniem() {
    }

    static String van(Object waarde, byte[] sleutel) {
        if (waarde == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            byte[] hash = mac.doFinal(waarde.toString().getBytes(StandardCharsets.UTF_8));
            return "pseudoniem:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
