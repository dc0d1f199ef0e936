package nl.participatiesuite.registry.signaleringsgroep;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedRecord;

/**
 * The yearly allowance a gemeente pays each signaleringsgroep; its gemeente and year are its identity. An embedded
 * id, not an {@code @IdClass}: Hibernate then adds no virtual id property to the state the audit trail records.
 */
@Entity
@Table(name = "signaleringsvergoeding")
public class Signaleringsvergoeding extends VersionedRecord implements Auditeerbaar {

    public static final String RESOURCE = "signaleringsvergoedingen";

    @EmbeddedId
    public Sleutel sleutel;

    public BigDecimal bedrag;

    public static Signaleringsvergoeding nieuw(String gemeente, int jaar) {
        Signaleringsvergoeding vergoeding = new Signaleringsvergoeding();
        vergoeding.sleutel = new Sleutel(gemeente, jaar);
        return vergoeding;
    }

    public String gemeente() {
        return sleutel.gemeente;
    }

    public int jaar() {
        return sleutel.jaar;
    }

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, sleutel.toString(), sleutel.gemeente);
    }

    public static Signaleringsvergoeding find(String gemeente, int jaar) {
        return findById(new Sleutel(gemeente, jaar));
    }

    @Embeddable
    public static class Sleutel implements Serializable {

        @Column(name = "gemeente_code")
        public String gemeente;

        public Integer jaar;

        public Sleutel() {
        }

        Sleutel(String gemeente, Integer jaar) {
            this.gemeente = gemeente;
            this.jaar = jaar;
        }

        /** As its URL names it, below /signaleringsvergoedingen: {gemeente}/{jaar} (also the audit trail's id). */
        public static String pad(String gemeente, int jaar) {
            return gemeente + "/" + jaar;
        }

        @Override
        public String toString() {
            return pad(gemeente, jaar);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sleutel sleutel && Objects.equals(gemeente, sleutel.gemeente)
                    && Objects.equals(jaar, sleutel.jaar);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gemeente, jaar);
        }
    }
}
