/**
 * De samenwerkingswijzer (domain.md §2) als zuivere Java: geen framework, geen I/O, geen klok.
 *
 * <p>Waar staat welke regel?
 * <ul>
 *   <li>Invoer en validatie: {@link nl.participatiesuite.assessment.engine.BeoordelingInvoer},
 *       {@link nl.participatiesuite.assessment.engine.InvoerValidatie}.</li>
 *   <li>Drempels en catalogi (maatwerk per gemeente): {@link nl.participatiesuite.assessment.engine.Regelset},
 *       standaardwaarden in {@code StandaardRegelset}.</li>
 *   <li>Stap 1: {@code Stap1Afweging}; stap 2: {@code Stap2Omvang} en {@code Hinder}; stap 3: {@code Stap3Inbreng},
 *       {@code Behoefte} en {@code Ladder}; stap 4: {@code Stap4Werkvormen} en {@code WerkvormVolgorde}.</li>
 *   <li>Rol van de gemeente: {@code RolBepaling}; overheidsparticipatie: {@code OverheidsparticipatieBepaling};
 *       startnotitie: {@code StartnotitieBepaling}; aanspreekpunt: {@code AanspreekpuntBepaling};
 *       valkuilen: {@code ValkuilDetectie}.</li>
 *   <li>Elke reden in een uitkomst: {@link nl.participatiesuite.assessment.engine.OnderbouwingCode}, gegroepeerd
 *       per regel.</li>
 *   <li>De handreikingen van Buren als checklist: {@link nl.participatiesuite.assessment.engine.checklist}.</li>
 * </ul>
 * Ingang: {@link nl.participatiesuite.assessment.engine.SamenwerkingswijzerEngine#beoordeel}.
 */
package nl.participatiesuite.assessment.engine;
