package nl.participatiesuite.apirules.notificaties;

import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A dispatcher in a process of its own, for {@link VerzendrondeTest}: it delivers until it is killed, as a pod would
 * until {@code kill -9}. Argument: the JDBC URL of the test database.
 */
public final class VerzenderProces {

    private VerzenderProces() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        Verzendronde ronde = new Verzendronde(dataSource, new TestInstellingen());
        System.out.println("verzender gestart");
        while (true) {
            ronde.verdeel();
            for (UUID abonnement : ronde.abonnementenMetWerk()) {
                ronde.lever(abonnement);
            }
            Thread.sleep(20);
        }
    }
}
