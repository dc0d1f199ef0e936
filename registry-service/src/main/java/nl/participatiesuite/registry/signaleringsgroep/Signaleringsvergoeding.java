package nl.participatiesuite.registry.signaleringsgroep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import nl.participatiesuite.apirules.data.VersionedRecord;

/** The yearly allowance a gemeente pays each signaleringsgroep; its gemeente and year are its identity. */
@Entity
@Table(name = "signaleringsvergoeding")
@IdClass(Signaleringsvergoeding.Sleutel.class)
public class Signaleringsvergoeding extends VersionedRecord {

    @Id
    @Column(name = "gemeente_code")
    public String gemeente;

    @Id
    public Integer jaar;

    public BigDecimal bedrag;


    public static Signaleringsvergoeding find(String gemeente, int jaar) {
        return findById(new Sleutel(gemeente, jaar));
    }

    public static class Sleutel implements Serializable {

        public String gemeente;
        public Integer jaar;

        public Sleutel() {
        }

        Sleutel(String gemeente, Integer jaar) {
            this.gemeente = gemeente;
            this.jaar = jaar;
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
