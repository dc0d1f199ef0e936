package nl.participatiesuite.assessment.peer;

import java.time.Instant;

/**
 * An answer of another service as a peer cache gives it to a computation, with how fresh it is.
 *
 * @param waarde       the answer; the peer's "unreachable" answer when it never loaded
 * @param bijgewerktOp when the peer last gave it; null when it never did
 */
public record Gecached<T>(T waarde, Instant bijgewerktOp, Actualiteitsstatus status) {

    /** The less fresh of two answers one outcome used: the worse status, the older moment. */
    public Gecached<T> samenMet(Gecached<?> ander) {
        Actualiteitsstatus slechtste = ander.status().compareTo(status) > 0 ? ander.status() : status;
        Instant oudste = bijgewerktOp == null || ander.bijgewerktOp() == null ? null
                : ander.bijgewerktOp().isBefore(bijgewerktOp) ? ander.bijgewerktOp() : bijgewerktOp;
        return new Gecached<>(waarde, oudste, slechtste);
    }
}
