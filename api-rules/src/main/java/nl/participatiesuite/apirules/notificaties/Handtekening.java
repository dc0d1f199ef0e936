package nl.participatiesuite.apirules.notificaties;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: HMAC-SHA256 over the exact body bytes with the abonnement's secret, hex-encoded, in the
 * header {@value #HEADER} as {@code sha256=<hex>}. A receiver computes the same over the bytes it received and compares
 * in constant time ({@link #klopt}).
 */
public final class Handtekening {

    public static final String HEADER = "Notificatie-Handtekening";
    private static final String VOORVOEGSEL = "sha256=";

    private Handtekening() {
    }

    public static String van(byte[] body, String geheim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return VOORVOEGSEL + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 niet beschikbaar", e);
        }
    }

    /** Whether {@code header} is the signature of {@code body} with {@code geheim}; false for a missing header. */
    public static boolean klopt(byte[] body, String geheim, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(van(body, geheim).getBytes(StandardCharsets.US_ASCII),
                header.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
