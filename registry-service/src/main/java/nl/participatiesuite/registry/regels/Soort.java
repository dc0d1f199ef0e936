package nl.participatiesuite.registry.regels;

/**
 * A signaleringsgroep watches one kern; the whatsapp-coördinator oversees all WhatsApp groups of
 * the gemeente ("gecoördineerd door één WhatsAppcoördinator", Buren 3.2.3), so needs no kern.
 */
public enum Soort {
    SIGNALERINGSGROEP,
    WHATSAPP_COORDINATOR
}
