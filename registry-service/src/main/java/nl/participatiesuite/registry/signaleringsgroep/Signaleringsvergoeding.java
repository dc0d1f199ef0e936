package nl.participatiesuite.registry.signaleringsgroep;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The yearly allowance a gemeente pays each signaleringsgroep; its gemeente and year are its identity. */
@Entity
@Table(name = "signaleringsvergoeding")
@IdClass(Signaleringsvergoeding.Sleutel.class)
public class Signaleringsvergoeding extends PanacheEntityBase {

    @Id
    @Column(name = "gemeente_code")
    public String gemeente;

    @Id
    public Integer jaar;

    public BigDecimal bedrag;

    @Version
    public long versie;

    @CreationTimestamp
    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @UpdateTimestamp
    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

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
